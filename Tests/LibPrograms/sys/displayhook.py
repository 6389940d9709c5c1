# sys.displayhook echoes a value's repr to the current sys.stdout (None is
# not shown) and keeps it in builtins._; a program may replace the hook.
import builtins
import io
import sys

sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
sys.displayhook([1, (2, 3)])

buffer = io.StringIO()
saved = sys.stdout
sys.stdout = buffer
sys.displayhook({"k": 1})
sys.stdout = saved
print(repr(buffer.getvalue()), builtins._)

print(sys.__displayhook__ is sys.displayhook)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError:", e)


def shouting(value):
    if value is not None:
        print(str(value).upper())

sys.displayhook = shouting
sys.displayhook("quiet")
sys.displayhook = sys.__displayhook__
sys.displayhook(3.5)
