# Structures nested far past the recursion limit, built cheaply in a loop:
# their repr, str, exception-group split and except matching end with
# CPython's errors (a RecursionError naming what was being done, or the
# TypeError for a tuple inside an except tuple), never a native stack
# overflow.
import types

DEPTH = 10_000


def attempt(label, action):
    try:
        result = action()
    except (RecursionError, TypeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", str(result)[:40])


x = frozenset()
for _ in range(DEPTH):
    x = frozenset([x])
attempt("frozenset repr", lambda: repr(x))

s = None
for _ in range(DEPTH):
    s = slice(s)
attempt("slice repr", lambda: repr(s))

e = None
for _ in range(DEPTH):
    e = ValueError(e)
attempt("exception repr", lambda: repr(e))
attempt("exception str", lambda: str(e))

pair = None
for _ in range(DEPTH):
    pair = KeyError(pair, 1)
attempt("exception pair str", lambda: str(pair))

own = ValueError()
own.args = (own,)
attempt("own repr", lambda: repr(own))
attempt("own str", lambda: str(own))

f = len
for _ in range(DEPTH):
    f = classmethod(f)
attempt("classmethod repr", lambda: repr(f))

m = len
for _ in range(DEPTH):
    m = types.MethodType(len, m)
attempt("bound method repr", lambda: repr(m))

g = ValueError(1)
for _ in range(DEPTH):
    g = ExceptionGroup("g", [g])
attempt("group str", lambda: str(g))
attempt("group split", lambda: g.split(ValueError))
attempt("group subgroup", lambda: g.subgroup(TypeError))
shallow = ExceptionGroup("a", [ExceptionGroup("b", [ValueError(1), TypeError(2)])])
attempt("shallow split", lambda: [repr(p) for p in shallow.split(ValueError)])

t = ValueError
for _ in range(DEPTH):
    t = (t,)


def catch(kinds):
    try:
        raise ValueError("v")
    except kinds:
        return "caught"


attempt("except nested tuple", lambda: catch(t))
attempt("except one level", lambda: catch(((ValueError,),)))
attempt("except flat tuple", lambda: catch((KeyError, ValueError)))
