"""The 'utf-8-sig' codec: encodings.utf_8_sig as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('utf_8_sig', globals())
