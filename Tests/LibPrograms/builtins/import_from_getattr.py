# `from pkg import sub` finds a submodule even when the package's module
# __getattr__ raises AttributeError for the name (CPython's IMPORT_FROM
# falls back to sys.modules); other names still fail with ImportError.
import sys
import types

pkg = types.ModuleType("pkg")
pkg.__path__ = []


def __getattr__(name):
    if name == "lazy":
        return "made lazily"
    raise AttributeError(f"module 'pkg' has no attribute {name!r}")


pkg.__getattr__ = __getattr__
sub = types.ModuleType("pkg.sub")
sub.value = 42
sys.modules["pkg"] = pkg
sys.modules["pkg.sub"] = sub

from pkg import sub as s
print(s.value)
from pkg import lazy
print(lazy)
try:
    from pkg import nothing
except ImportError as e:
    print(type(e).__name__, e)
