# The interpreter reports the CPython release its outputs are compared
# with (3.11.7, the oracle's): version_info, hexversion, implementation.
import platform
import sys

print(sys.version_info, sys.hexversion, platform.python_version())
print(sys.implementation)
print(sys.version.split()[0], sys.version_info >= (3, 11, 7))
