# Global and builtin names read and written from functions and module code
# while the globals and builtins change under them: every read must see the
# current binding (the VM caches where a name was found).
import builtins

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_len():
    return len("abc")


def read_x():
    return x


for _ in range(3):
    bump()
print("counter", counter)

print("len", read_len())
len = lambda s: "shadowed"          # a module global now shadows the builtin
print("len", read_len())
del len                             # and is gone again
print("len", read_len())
builtins.len = lambda s: "patched"  # the builtin itself replaced
print("len", read_len())
del builtins.len
try:
    read_len()
except NameError as e:
    print("NameError", e)
builtins.len = lambda s, _n=0: 3    # back, as a different object
print("len", read_len())

try:
    read_x()
except NameError as e:
    print("NameError", e)
globals()["".join(["x"])] = "built"  # a key made at run time, not the code's name object
print("x", read_x())
x = "plain"
print("x", read_x())
del globals()["x"]
try:
    read_x()
except NameError as e:
    print("NameError", e)

# Many new globals force the globals dict to grow and move its entries.
for i in range(200):
    globals()["g%d" % i] = i
x = "after growth"
print("x", read_x(), g199)

# The same code object run against different globals dicts.
code = compile("def f():\n    return y * 2\n", "<src>", "exec")
ns1, ns2 = {"y": 1}, {"y": "ab"}
exec(code, ns1)
exec(code, ns2)
for _ in range(2):
    print(ns1["f"](), ns2["f"]())
ns1["y"] = 10
del ns2["y"]
print(ns1["f"]())
try:
    ns2["f"]()
except NameError as e:
    print("NameError", e)
ns2["y"] = [0]
print(ns2["f"]())

# Module-level names in a loop, rebound, deleted and re-created.
total = 0
for i in range(5):
    total += i
    if i == 2:
        del total
        total = 100
print("total", total)


class Config:
    total = "class attribute"      # class bodies read their own namespace first
    seen = total
    other = counter


print(Config.seen, Config.other)


class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


ns3 = Recording()
exec("a = 1\na = 2\nb = a + 1", ns3)
print(sorted(k for k in ns3 if k != "__builtins__"), ns3["b"])
