"""JSON token scanner (CPython's json.scanner API over json.decoder's)."""

from .decoder import make_scanner, py_make_scanner, c_make_scanner

__all__ = ['make_scanner']
