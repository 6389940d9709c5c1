# SyntaxError fields of eval()/exec()/compile() input, as CPython 3.11 sets
# them (eval's grammar is a single expression).
sources = ["1 +", "x = 1", "x += 1", "a, b = 1, 2", "x.y = 2", "(a) = 1", "pass", "import os", "for x in y: pass",
           "if", "def f(:", "1; 2", "1\n2", "\n\n1 +", "yield 1", "*x", "f(a b)", "1 2", "[1, 2,, 3]", "a ? b",
           "x[1:2:3:4]", "1 if 2", "print 'x'", "lambda: yield", "return 5", "nonlocal x", "await x", "x."]
for mode in ['eval', 'exec']:
    for src in sources:
        try:
            compile(src, '<string>', mode)
            print(mode, repr(src), 'ok')
        except SyntaxError as e:
            print(mode, repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, e.text is None)
try:
    eval('x = 1')
except SyntaxError as e:
    print(e, '|', e.text, '|', e.args[1][:3])
