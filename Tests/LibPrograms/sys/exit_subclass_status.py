# An uncaught subclass of SystemExit exits with its code, as SystemExit
# does (CPython reads the code attribute of any SystemExit instance).
import sys


class Finished(SystemExit):
    """Raised to stop the program with a status."""


try:
    raise Finished(5)
except SystemExit as e:
    print("caught", type(e).__name__, e.code)
print("exiting")
sys.stdout.flush()
raise Finished(3)
