# Generators: send/throw/close, return values through yield from, StopIteration inside a generator, gi_running, comprehensions, iterator type names, finally on break and on drop.
import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
def echo():
    received = None
    try:
        while True:
            received = yield received
            print("got", received)
    except GeneratorExit:
        print("closing")
    finally:
        print("finally")
g = echo()
print(next(g), g.send(1), g.send(2))
g.close()
def gen_ret():
    yield 1
    return "done"
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, repr(e))
def deleg():
    r = yield from gen_ret()
    print("inner returned", r)
    yield r
print(list(deleg()))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
t = thrower()
next(t)
print(t.throw(ValueError("x")))
try:
    t.throw(KeyError, "k") if False else t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    next(t)
except StopIteration:
    print("exhausted")
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print(e)
g = (x * x for x in range(5))
print(sum(g), sum(g), list(x for x in [] if x))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print(e)
squares = {x: x * x for x in range(4)}
print(squares, {x % 3 for x in range(10)}, [[i * j for j in range(3)] for i in range(3)], [y for x in [[1, 2], [3]] for y in x if y != 2])
def count_up(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = count_up(5)
print(next(c), next(c), c.send("reset"), next(c))
print(repr(iter([])).split(" ")[0], type(iter(range(3))).__name__, type(iter({})).__name__, type(iter("")).__name__, type(reversed([])).__name__, type({}.items()).__name__, {}.keys(), {"a": 1}.items(), {"a": 1}.values())
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen_with_finally():
    print(x)
    break
print("after break")
gf = gen_with_finally(); next(gf); del gf
print("after del")
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    sq = (n * n for n in evens)
    return list(itertools.takewhile(lambda v: v < 150, sq))
print(pipeline())
print(list(zip(*itertools.tee("abc", 2))), list(itertools.chain("ab", [1])), list(enumerate(fib(), 1))[:0] if False else "")
