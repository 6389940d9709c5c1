"""Keywords (from "Grammar/python.gram"), CPython 3.11's keyword module."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_keywords = frozenset(kwlist)
_soft = frozenset(softkwlist)


def iskeyword(s):
    """Return True if s is a Python keyword."""
    try:
        return s in _keywords
    except TypeError:
        return False


def issoftkeyword(s):
    """Return True if s is a Python soft keyword."""
    try:
        return s in _soft
    except TypeError:
        return False
