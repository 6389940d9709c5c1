import io
import tomllib

DOC = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\n stays'
site."google.com" = true
3.14159 = "pi"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T07:32:00.999999
localfrac = 1979-05-27 00:32:00.5
day = 1979-05-27
alarm = 07:32:00
alarm2 = 00:32:00.123456789

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested = [
  1,  # one
  2,
]

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
shape = "round"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"

[numbers]
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
hex = 0xDEADBEEF
hex2 = 0xdead_beef
oct = 0o755
bin = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
nan1 = nan
big = 9223372036854775807

[strings]
basic = "I'm a string. \\"You can quote me\\". Name\\tJos\\u00E9\\nLocation\\tSF."
multi = """
Roses are red
Violets are blue"""
folded = """\\
       The quick brown \\
       fox jumps over \\
       the lazy dog.\\
       """
quotes = """Here are two quotation marks: "". Simple enough."""
five = """Here are fifteen quotation marks: ""\\"""\\"""\\"""\\"""\\"."""
edge = """"This," she said, "is just a pointless statement.""""
winpath = 'C:\\Users\\nodejs\\templates'
regex = '<\\i\\c*\\s*>'
lines = \'\'\'
The first newline is
trimmed in raw strings.
\'\'\'
apos = \'\'\'Here are fifteen apostrophes: \'\'\'\'\'
emoji = "\\U0001F600"

[dotted]
a.b.c = 1
a.b.d = 2
a.e = "x"
'''

data = tomllib.loads(DOC)


def show(value, indent=0):
    pad = '  ' * indent
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                print(f'{pad}{k!r}:')
                show(v, indent + 1)
            else:
                print(f'{pad}{k!r}: {type(v).__name__} {v!r}')
    else:
        for i, v in enumerate(value):
            if isinstance(v, (dict, list)) and v:
                print(f'{pad}[{i}]:')
                show(v, indent + 1)
            else:
                print(f'{pad}[{i}]: {type(v).__name__} {v!r}')


show(data)
print(data['owner']['dob'].isoformat(), data['owner']['dob'].utcoffset())
print(data['owner']['utc'].tzinfo)
print(tomllib.loads('x = 1.5', parse_float=lambda s: 'F' + s))
from decimal import Decimal
print(tomllib.loads('x = 0.1\ny = [1e3, -inf]', parse_float=Decimal))
print(tomllib.load(io.BytesIO(b'a = "\xc3\xa9"\r\nb = 2\r\n')))
print(tomllib.loads(''), tomllib.loads('# only a comment'), tomllib.loads('\n\n a = 1 # c\n'))
print(tomllib.loads('a = {}\nb = []\nc = { x = { y = [1, {z = 2}] } }'))
print(tomllib.loads('[a.b]\nc = 1\n[a]\nd = 2'))
print(tomllib.loads('[a]\nb.c = 1\nb.d = 2\n[a.e]\nf = 1'))
print(tomllib.loads("'a'.\"b\" . c = 1"))
print(tomllib.loads('x = 1979-05-27T07:32:00+05:30')['x'].tzinfo)
print(tomllib.TOMLDecodeError.__mro__[1].__name__, tomllib.TOMLDecodeError.__module__)
