import io
import tomllib

BAD = [
    'a = 1\na = 2',
    'a = ',
    'a',
    'a = 1 b = 2',
    '= 1',
    '[a]\n[a]',
    '[a]\nb = 1\n[a.b]',
    'a = {}\n[a]',
    'a = [1]\n[[a]]',
    '[a\nb = 1',
    '[[a]\n',
    'a.b = 1\n[a]\n',
    '[x]\na.b = 1\n[x.a]',
    'a = {b = 1}\na.c = 2',
    'a = {b = 1, b = 2}',
    'a = {b = 1',
    'a = {b = 1,}',
    'a = [1, 2',
    'a = [1 2]',
    'a = "unterminated',
    'a = "bad \\q escape"',
    'a = "\\u12"',
    'a = "\\uD800"',
    "a = 'no end",
    'a = "tab\there ok" # fine\nb = "ctrl\x01"',
    'a = """multi\x7f"""',
    'a = 1979-02-30',
    'a = 1979-13-01',
    'a = 25:00:00',
    'a = 0x',
    'a = 01',
    'a = 1__0',
    'a = 1.',
    'a = .5',
    'a = tru',
    'a = nan2',
    '# comment \x00 bad',
    '\x01',
    'a = 1\n  [t] x',
    '[t]]',
    '"key\nx" = 1',
    'a."b = 1',
    'a = 1\n[[a]]',
    '[a.b]\n[a]\nb = 1',
    '[[a]]\n[a]',
    'a = {x.y = 1, x.z = 2}\na.x.w = 3',
    'x = {a = [1], a.b = 2}',
    'x = """\\  y\n"""\nz = """\\ q"""',
]

for doc in BAD:
    try:
        result = tomllib.loads(doc)
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), '->', e)
    else:
        print(repr(doc), '=', result)

for bad in [b'a = 1', 5, None]:
    try:
        tomllib.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print(e)
try:
    tomllib.loads('a = 1.0', parse_float=lambda s: [s])
except ValueError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads('a = 1979-02-30')
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__)
