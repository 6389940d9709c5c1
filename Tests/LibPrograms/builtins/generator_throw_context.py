# generator.throw(): the thrown exception gets no implicit __context__ (CPython restores it without chaining);
# close()'s GeneratorExit and exceptions raised inside the generator are chained as usual.
def gen():
    try:
        yield 1
    except ValueError as e:
        print("inside", repr(e), repr(e.__context__))
        yield 2
g = gen(); next(g)
try:
    raise KeyError("outer")
except KeyError:
    print(g.throw(ValueError("v")))
def gen2():
    yield 1
g2 = gen2(); next(g2)
try:
    try:
        raise KeyError("outer")
    except KeyError:
        g2.throw(ValueError("v2"))
except ValueError as e:
    print("out", repr(e), repr(e.__context__))
def gen3():
    try:
        yield 1
    except ValueError:
        raise TypeError("t")
g3 = gen3(); next(g3)
try:
    g3.throw(ValueError("v3"))
except TypeError as e:
    print("g3", repr(e), repr(e.__context__), repr(e.__context__.__context__))
def gen4():
    try:
        yield 1
    except GeneratorExit as e:
        print("exit ctx", repr(e.__context__))
        raise
g4 = gen4(); next(g4)
try:
    raise IndexError("during")
except IndexError:
    g4.close()
