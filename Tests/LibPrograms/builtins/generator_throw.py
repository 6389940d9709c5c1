# generator.throw(): the exception's __context__ is what the generator
# itself is handling, never what its caller is; throw(type, value)
# normalises as CPython does.
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", e, e.__context__)
        yield 2
    yield 3


g = gen()
next(g)
print(g.throw(ValueError("x")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e), e.__context__)


def gen2():
    try:
        yield 1
    finally:
        print("fin")


try:
    raise IndexError("outer")
except IndexError:
    g = gen2()
    next(g)
    try:
        g.throw(ValueError("inner"))
    except ValueError as e:
        print(repr(e), repr(e.__context__))


def handling():
    try:
        raise KeyError("own")
    except KeyError:
        yield 1


try:
    raise IndexError("caller's")
except IndexError:
    g = handling()
    next(g)
    try:
        g.throw(ValueError("into handler"))
    except ValueError as e:
        print(repr(e), repr(e.__context__))


def plain():
    yield 1


for args in [(1,), (ValueError, 1), (ValueError, (1, 2)), (ValueError("a"), 1),
             (ValueError, KeyError("k")), (LookupError, KeyError("k")),
             (ValueError, ValueError("same")), (ValueError, None, 5), (ValueError, None)]:
    g = plain()
    next(g)
    try:
        g.throw(*args)
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__context__))


def gen3():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e


g = gen3()
next(g)
try:
    g.throw(ValueError("c"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
