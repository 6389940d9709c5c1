"""TOML 1.0 reader, as CPython 3.11's tomllib: loads(str) and load(binary
file) return dicts (tables), lists (arrays), str, int, float, bool and
datetime's date/time/datetime; invalid documents raise TOMLDecodeError
naming the line and column. The parser is in _parser, the scalar values
(strings, numbers, dates) in _values."""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._values import TOMLDecodeError
from ._parser import loads, load

TOMLDecodeError.__module__ = __name__
