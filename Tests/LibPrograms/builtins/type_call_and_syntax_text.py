# type()'s argument errors, __init_subclass__'s refusal named by qualified
# name, and SyntaxError.text keeping the source line's newline.


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (TypeError, SyntaxError) as e:
        print(label, type(e).__name__, e)


attempt('one arg', lambda: type(5))
attempt('two args', lambda: type('X', ()))
attempt('bad name', lambda: type(1, (), {}))
attempt('bad bases', lambda: type('X', [object], {}))
attempt('bad dict', lambda: type('X', (), []))
attempt('made', lambda: type('X', (int,), {'twice': lambda self: self * 2})(21).twice())


class Outer:
    class Base:
        pass


attempt('init_subclass args', lambda: Outer.Base.__init_subclass__(1))
attempt('init_subclass kwargs', lambda: Outer.Base.__init_subclass__(flavour='sweet'))

for source in ['x = (1,\n', 'def f(:\n    pass\n', 'if True\n    pass', '1 +', 'a b\n\n', 'print("ok"\n']:
    try:
        compile(source, 'prog.py', 'exec')
    except SyntaxError as e:
        print(repr(source), '->', e.msg, e.lineno, e.offset, repr(e.text))
try:
    eval('1 +\n')
except SyntaxError as e:
    print('eval', e.msg, repr(e.text))
try:
    exec('for x in range(3):\nprint(x)\n')
except SyntaxError as e:
    print('exec', type(e).__name__, e.msg, e.lineno, repr(e.text))
