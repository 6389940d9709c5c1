"""The 'latin-1' codec: encodings.latin_1 as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('latin_1', globals())
