"""The 'unicode-escape' codec: encodings.unicode_escape as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('unicode_escape', globals())
