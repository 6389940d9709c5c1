import code
import codeop
import sys


class Capture(code.InteractiveConsole):
    def __init__(self):
        super().__init__({'__name__': '__console__'})
        self.errors = []

    def write(self, data):
        self.errors.append(data)


con = Capture()
for line in ['x = 6 * 7', 'x', 'print("printed", x)', 'None', '"text"', 'def f(n):',
             '    return n + 1', '', 'f(x)', '[i * i for i in range(4)]', 'for i in range(2):',
             '    print(i)', '', '1/0', 'undefined_name', 'a b c', '(1,', '2)', 'x = """multi', 'line"""', 'x']:
    more = con.push(line)
    print('push', repr(line), '->', more)
for err in con.errors:
    print('ERR:', err.rstrip('\n').splitlines()[-1])
print(con.locals['x'], sorted(k for k in con.locals if not k.startswith('__')))

class Quiet(code.InteractiveInterpreter):
    def write(self, data):
        print('written:', data.rstrip('\n').splitlines()[-1])


interp = Quiet()
print(interp.runsource('y = 1 + 1'), interp.locals['y'])
print(interp.runsource('if y:'), interp.runsource('y +'))
print(interp.locals['__name__'])
print(interp.runsource('y * 10', symbol='eval'))
print(interp.runsource('z = 5\nz += 1', symbol='exec'), interp.locals['z'])

for src in ['1+1', 'x = (1,', 'def f():', 'if 1:\n  pass', 'if 1:\n  pass\n', "'''abc",
            'x = 1\\', '', '# only a comment', 'a b', 'x = 1\ny = 2', 'print(1)']:
    try:
        result = codeop.compile_command(src)
        print(repr(src), 'incomplete' if result is None else 'code')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
print(codeop.compile_command('(1 +', symbol='eval'), type(codeop.compile_command('2', symbol='eval')).__name__)
cc = codeop.CommandCompiler()
exec(cc('q = 3'), globals())
print(q)
