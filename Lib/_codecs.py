"""The VM's stand-in for CPython's C `_codecs`: just encode/decode, the
names pickle writes for bytes below protocol 3 (`_codecs.encode`).
codecs.py's `from _codecs import *` takes nothing from here."""

__all__ = []


def encode(obj, encoding='utf-8', errors='strict'):
    import codecs
    return codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    import codecs
    return codecs.decode(obj, encoding, errors)
