# Reprs of modules CPython compiles in, and module __name__s.
import itertools
import sys
import time

print(time, sys, itertools, time.__name__, sys.__name__, __name__)
print(repr(sys.modules['time']), type(time).__name__)
