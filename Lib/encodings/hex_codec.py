"""The 'hex' codec: encodings.hex_codec as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('hex_codec', globals())
