"""CPython's home of the container ABCs; on Interleave they live in
collections.abc, which this module re-exports (the same class objects, so
`_collections_abc.Mapping is collections.abc.Mapping`)."""

from collections.abc import *
from collections.abc import __all__
import collections.abc as _abc

for _name in dir(_abc):
    if not _name.startswith('__'):
        globals()[_name] = getattr(_abc, _name)
del _name, _abc
