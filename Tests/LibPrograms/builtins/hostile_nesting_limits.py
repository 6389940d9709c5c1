# Deep structures walked by native code end in RecursionError, never a
# crash: isinstance/issubclass with nested class tuples (CPython enters
# one recursion level per tuple), and source text whose comprehension
# clauses or with-items nest the compiled code.
t = int
for i in range(100_000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print("isinstance:", e)
try:
    issubclass(bool, (str, t))
except RecursionError as e:
    print("issubclass:", e)

shallow = int
for i in range(50):
    shallow = (str, shallow)
print(isinstance(1, shallow), isinstance(1.5, shallow), issubclass(bool, shallow))

# Within the limits these still compile and run.
ns = {}
exec("x = [a for a in range(2)" + " for b in range(1)" * 50 + "]", ns)
print(ns["x"])
exec("import contextlib\nwith " + ", ".join(["contextlib.nullcontext()"] * 15) + ": y = 1", ns)
print(ns["y"])
