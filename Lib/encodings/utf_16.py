"""The 'utf-16' codec: encodings.utf_16 as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('utf_16', globals())
