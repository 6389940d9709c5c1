"""Marks the library's Python classes that stand for types CPython
implements in C (``datetime.datetime``, ``collections.OrderedDict``...):
CPython's error messages name those with their module
(``'datetime.datetime' object is not callable``), and with the mark ours do
too. Under CPython itself (scripts/lib-harness.py runs this library there)
the mark does nothing."""

try:
    from _interleave import c_type_name
except ImportError:
    def c_type_name(cls):
        """Returns ``cls`` unchanged (no interpreter hook to mark it)."""
        return cls
