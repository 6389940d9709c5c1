import ast

CASES = [
    "42", "-7", "+3.5", "0x1F", "0o17", "0b101", "1_000_000", "1e10", "2.5E-3",
    "10**100", "123456789012345678901234567890", "1j", "-2j", "1+2j", "-1-2.5j",
    "3 - 4j", "'hi'", '"dq"', "'''tri\nple'''", "r'\\d+'", "b'bytes\\x00'",
    "'con' 'cat'", "u'uni'", "'\\u00e9\\n'", "True", "False", "None", "...",
    "()", "(1,)", "(1, 2, 3)", "1, 2", "[]", "[1, [2, [3, []]]]", "{}",
    "{'a': 1, 'b': [1, 2], 3: (4, 5)}", "{1, 2, 3}", "set()",
    "  \t 17", "\n[1,\n 2]\n", "[1, 2,]", "{'k': {'nested': {'deep': None}}}",
    "(((5)))", "[-1, +2, -3.0]", "{'a': 1, 'a': 2}", "(1, 'two', 3.0, None, True)",
    "-0.0", "1.5+0j", "frozenset()",
    "x", "1+2", "2*3", "-(-1)", "- -1", "not True", "~1", "+True", "-'s'",
    "[1, 2, x]", "(1, y)", "{'a': b}", "{z: 1}", "{1, w}", "f'x'", "f'{1}'",
    "a.b", "(1).real", "set([1])", "set(x=1)", "len('x')", "a[0]", "1 if 2 else 3",
    "lambda: 0", "[x for x in y]", "{x for x in y}", "{k: v for k, v in y}",
    "(x for x in y)", "1 < 2", "1 and 2", "1 or 2", "{**a}", "{1: 2, **b}",
    "[*a]", "(a := 1)", "1 + x", "x + 1j", "1j + 1", "(1+2j) + 3j", "1 + (2j)",
    "2 ** 3", "1 | 2", "[1,\n 2,\n x]", "'a' + 'b'", "None + 1j", "True + 1j",
]

for source in CASES:
    try:
        value = ast.literal_eval(source)
    except ValueError as e:
        text = str(e)
        head, sep, rest = text.partition(': <')
        print(repr(source), 'ValueError', head, rest.split(' object')[0] if sep else '')
    except SyntaxError as e:
        print(repr(source), 'SyntaxError', e.msg)
    else:
        print(repr(source), type(value).__name__, repr(value))

for source in ["1 +", "[1, 2", "1;2", "import os", "", "(", "x = 1", "1 2"]:
    try:
        ast.literal_eval(source)
    except SyntaxError as e:
        print(repr(source), type(e).__name__, e.msg, e.lineno, e.filename)

for obj in [5, b'x', None, [1], 2.5]:
    try:
        ast.literal_eval(obj)
    except ValueError as e:
        print(repr(obj), str(e))

node = ast.Expression(body=ast.Constant(value=5))
print(ast.literal_eval(node), ast.literal_eval(ast.Constant(value='s')))
print(ast.literal_eval(ast.List(elts=[ast.Constant(1), ast.Tuple(elts=[], ctx=None)], ctx=None)))
print(ast.literal_eval(ast.BinOp(ast.Constant(1), ast.Sub(), ast.Constant(2j))))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(':')[0])
print(issubclass(ast.Constant, ast.AST), issubclass(ast.Add, ast.operator), ast.Name.__name__)
print(ast.Constant._fields, ast.BinOp._fields)
