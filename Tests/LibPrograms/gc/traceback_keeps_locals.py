# A caught exception keeps the frames it passed through, and so their
# locals, alive until the exception itself goes (CPython's traceback holds
# its frames): finalizers of a raising function's locals run when the
# exception is dropped, not when the function exits.
import gc


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def inner():
    o = Obj("inner")
    raise ValueError("x")


def outer():
    p = ["outer"]      # (one finalizer per traceback: sibling order is not the point)
    inner()


try:
    outer()
except ValueError as e:
    print("caught")
    saved = e
print("after except")
del saved
print("after del")


def rebinding():
    q = Obj("rebound")
    try:
        raise KeyError(1)
    except KeyError as e:
        err = e
    q = None          # the running frame's current value is what it holds
    print("rebound q")
    return err


r = rebinding()
print("returned")
r = None
print("dropped")


def gen():
    x = Obj("gen")
    yield 1
    raise RuntimeError("boom")


it = gen()
next(it)
try:
    next(it)
except RuntimeError as e:
    ex = e
print("generator finished")
del ex
print("generator exception gone")


def keeps_itself():
    z = Obj("cycle")
    try:
        raise TypeError("t")
    except TypeError as e:
        me = e        # exception -> traceback -> this frame -> me: a cycle
    return None


keeps_itself()
print("before collect")
gc.collect()
print("after collect")


def clears_traceback():
    w = Obj("cleared")
    raise IndexError(0)


try:
    clears_traceback()
except IndexError as e:
    kept = e
kept.__traceback__ = None
print("traceback cleared")
del kept
print("end")
