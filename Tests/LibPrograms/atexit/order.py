import atexit
import sys
import weakref

def bye(name, punct="!"):
    print("bye", name + punct)

@atexit.register
def first():
    print("first registered, last to run")

atexit.register(bye, "world")
atexit.register(bye, "there", punct="?")
atexit.register(bye, "removed")
atexit.unregister(bye)
atexit.register(bye, "again")

def broken():
    raise ValueError("ignored at exit")

atexit.register(broken)

class Thing:
    pass

thing = Thing()
weakref.finalize(thing, print, "finalizer runs at exit")
print(atexit.register(print, "registered last, runs first") is print)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")
sys.exit(3)
