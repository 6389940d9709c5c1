"""The 'utf-16-be' codec: encodings.utf_16_be as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('utf_16_be', globals())
