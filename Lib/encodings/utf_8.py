"""The 'utf-8' codec: encodings.utf_8 as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('utf_8', globals())
