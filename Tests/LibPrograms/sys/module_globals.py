# A script without a docstring still has __doc__ (None) among its globals.
import json

print(__name__, __doc__, "__doc__" in globals(), globals()["__doc__"])
print(json.__doc__ is not None, type(__builtins__).__name__ in ("module", "dict"))


def documented():
    "Function doc."


print(documented.__doc__, (lambda: 0).__doc__)
