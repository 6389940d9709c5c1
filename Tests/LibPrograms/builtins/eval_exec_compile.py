x = 10
def f():
    loc = 5
    print(eval("loc + x"))
    exec("loc2 = loc * 2")
    print("loc" in locals())
    def inner():
        return eval("x")
    return inner()
print(f())
g = {"a": 1}
l = {"b": 2}
exec("c = a + b\nprint(c)", g, l)
print(sorted(l), "c" in g, "__builtins__" in g)
print(eval("a", g, {"a": 99}))
exec("import math\nr = math.sqrt(16)", g)
print(g["r"])
code = compile("for i in range(3):\n    total = total + i\n", "<calc>", "exec")
ns = {"total": 0}
exec(code, ns)
print(ns["total"], type(code).__name__)
e = compile("2 ** 10", "<e>", "eval")
print(eval(e), exec(e))
for bad in ["1 +", "x = 1", "def", "(", "return 5"]:
    try:
        eval(bad)
    except SyntaxError as err:
        print(type(err).__name__, err, err.lineno, err.msg)
try:
    exec("if True:\nprint(1)")
except IndentationError as err:
    print(type(err).__name__, err)
try:
    eval(5)
except TypeError as err:
    print(err)
try:
    eval("1", [])
except TypeError as err:
    print(err)
try:
    eval("1", {}, 5)
except TypeError as err:
    print(err)
try:
    eval("undefined_name")
except NameError as err:
    print(err)
print(eval("  1 + 1"))
print(eval("[y for y in range(3)]"), eval("{k: v for k, v in zip('ab', (1, 2))}"))
exec("class K:\n    v = 3\n    def m(self): return self.v\nprint(K().m(), K.__module__)")
ops = {"+": "add"}
calc = lambda expr: eval(expr, {"__builtins__": {}}, {})
print(calc("3 * (4 + 5)"))
def make_fn(name, body):
    ns = {}
    exec(f"def {name}(x):\n    return {body}", ns)
    return ns[name]
sqr = make_fn("sqr", "x * x")
print(sqr(7), sqr.__name__)
print(eval("lambda q: q + 1")(1))
print(eval(b"3*3"))
exec("global gg\ngg = 5")
print(gg)
def h():
    exec("zz = 1")
    try:
        print(zz)
    except NameError as e:
        print("NameError", e)
h()
t = 0
for i in range(5000):
    t += eval("i * 2")
print(t)
src = "def boom():\n    raise ValueError('from exec')\nboom()\n"
try:
    exec(src)
except ValueError as e:
    import traceback, sys
    traceback.print_exc(file=sys.stdout)
print("end")
class Dup(list): pass
try:
    class Bad(object, Dup): pass
except TypeError as e:
    print(e)


# A function's code runs as a body without arguments.
def body_only():
    print("body_only ran")


def with_cells():
    z = 1

    def inner():
        return z
    print("with_cells", inner())


def needs(a, b):
    return a


def closure():
    y = 1

    def f():
        return y
    return f


exec(body_only.__code__)
exec(with_cells.__code__)
for fn in (needs, closure()):
    try:
        exec(fn.__code__)
    except TypeError as e:
        print("TypeError", e)
