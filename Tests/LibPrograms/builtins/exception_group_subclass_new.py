# ExceptionGroup subclasses with their own __new__ taking extra arguments:
# args are the constructor call's (BaseException.__init__), derive() and
# split() keep the subclass only through an overridden derive, nesting
# BaseExceptions in a user subclass names it.
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
        self.code = code
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
eg = MyEG('boom', [ValueError(1), TypeError(2)], 42)
print(repr(eg), eg.code, eg.args, eg.message, eg.exceptions)
m, rest = eg.split(ValueError)
print(type(m).__name__, m.code, m.exceptions, type(rest).__name__, rest.code, rest.exceptions)
print(eg.subgroup(TypeError).code)
try:
    raise eg
except* ValueError as g:
    print('caught', type(g).__name__, g.code, g.exceptions)
except* TypeError as g:
    print('caught2', type(g).__name__, g.code, g.exceptions)

class NoDerive(ExceptionGroup):
    def __new__(cls, message, excs, extra=None):
        obj = super().__new__(cls, message, excs)
        obj.extra = extra
        return obj
eg2 = NoDerive('x', [ValueError(1), KeyError(2)], 'E')
m, rest = eg2.split(ValueError)
print(type(m).__name__, type(rest).__name__, getattr(m, 'extra', None), m.args)
print(repr(eg2), str(eg2))

class Simple(ExceptionGroup): pass
s = Simple('s', [ValueError(1)])
print(type(s.derive([KeyError()])).__name__)
print(type(s.split(ValueError)[0]).__name__)
class BEG(BaseExceptionGroup):
    def __new__(cls, msg, excs, tag):
        self = super().__new__(cls, msg, excs)
        self.tag = tag
        return self
b = BEG('b', [KeyboardInterrupt()], 't')
print(type(b).__name__, b.tag, b.args)
b2 = BEG('b', [ValueError()], 't')
print(type(b2).__name__, b2.tag)
try:
    class Bad(ExceptionGroup):
        def __new__(cls, msg, excs, x):
            return super().__new__(cls, msg, excs)
    Bad('m', [KeyboardInterrupt()], 1)
except TypeError as e: print(e)
class WithInit(ExceptionGroup):
    def __init__(self, msg, excs, note):
        super().__init__(msg, excs)
        self.note = note
try:
    WithInit('m', [ValueError()], 'n')
except TypeError as e: print('TE', e)
class WithNewArgs(ExceptionGroup):
    def __new__(cls, *args):
        return super().__new__(cls, args[0], args[1])
    def __init__(self, *args):
        super().__init__(*args)
w = WithNewArgs('m', [ValueError()], 'extra')
print(w.args, repr(w), str(w))
print(w.split(ValueError)[0].args)
try:
    ExceptionGroup('m', [ValueError(), 3])
except ValueError as e: print(e)
