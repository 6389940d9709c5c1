"""The 'raw-unicode-escape' codec: encodings.raw_unicode_escape as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('raw_unicode_escape', globals())
