"""os.path: the pure string functions of posixpath (Lib/posixpath.py)."""

from posixpath import *
from posixpath import __all__, _fspath
