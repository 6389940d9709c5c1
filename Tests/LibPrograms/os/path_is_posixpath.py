import os, os.path, posixpath, sys
from os import path
print(os.path.__name__, os.path is posixpath, path is posixpath, os.name)
print(os.path.join.__module__)
print(sys.modules["os.path"] is os.path)
print(os.path.join("a", "b"), posixpath.splitext("x.tar.gz"))
