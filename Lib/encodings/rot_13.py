"""The 'rot-13' codec: encodings.rot_13 as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('rot_13', globals())
