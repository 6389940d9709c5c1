"""The 'ascii' codec: encodings.ascii as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

from encodings._over_builtin import export

export('ascii', globals())
