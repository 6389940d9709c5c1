# inspect's frame helpers: getframeinfo, getargvalues, stack() with code
# context, getclosurevars, co_qualname/co_freevars/co_cellvars.
import inspect, sys
def f(a, b=1, *args, k=2, **kw):
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.filename == __file__, info.function, info.code_context, info.index, info[:3][2])
    print(inspect.getargvalues(frame).args, inspect.getargvalues(frame).varargs, inspect.getargvalues(frame).keywords)
    st = inspect.stack()
    print(st[0].function, st[0].code_context, st[1].function, st[1].code_context, st[0].index)
    print(inspect.getlineno(frame) > 0, frame.f_code.co_qualname)
f(1, 2, 3, k=4, z=5)
def outer():
    x = 10
    def inner():
        return x
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, outer().__code__.co_freevars, outer.__code__.co_cellvars)
print(inspect.getmodulename('/a/b/mod.py'), inspect.indentsize('    x'), inspect.TPFLAGS_IS_ABSTRACT)
class K:
    def m(self):
        return inspect.currentframe().f_code.co_qualname
print(K().m())
