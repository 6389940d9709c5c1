# The parts of a split exception group (split, subgroup, except*) get their
# own copy of the group's __notes__: a note added to one part shows on it only.
eg = ExceptionGroup("eg", [KeyError(1), ValueError(2), ExceptionGroup("inner", [KeyError(3)])])
eg.add_note("first")
match, rest = eg.split(KeyError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
match.add_note("on match")
print(eg.__notes__, match.__notes__, rest.__notes__)
print(eg.subgroup(ValueError).__notes__)
print(eg.subgroup(lambda e: True) is eg)

t = ExceptionGroup("tuple notes", [OSError()])
t.__notes__ = ("a", "b")
m, _ = t.split(OSError)
print(m is t, type(t.__notes__).__name__)
m2, _ = ExceptionGroup("x", [OSError(), KeyError()]).split(OSError)
print(hasattr(m2, "__notes__"))

s = ExceptionGroup("str notes", [OSError(), KeyError()])
s.__notes__ = "not a list"
m3, _ = s.split(OSError)
print(repr(m3.__notes__), m3.__notes__ is s.__notes__)

orig = ExceptionGroup("reraised", [KeyError(1), KeyError(2)])
orig.add_note("x")
try:
    try:
        raise orig
    except* KeyError as g:
        print("caught", g is orig, g.__notes__)
        g.add_note("only on the caught part")
        raise
except ExceptionGroup as r:
    print("outer", r is orig, r.__notes__)
print(orig.__notes__)
