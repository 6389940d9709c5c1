# re.error messages and positions for group names and extensions, and the
# order compiled patterns list their flags in.
import re

for pattern in ['(?P<', '(?P<a', '(?P=', '(?P=a', '(?P<>a)', '(?P=)', '(?Px)',
                '(?P', '(?<x)', '(?Q)', '(?P<1>a)', '(?P<a>x)(?P=b)']:
    try:
        re.compile(pattern)
        print('compiled', pattern)
    except re.error as e:
        print(repr(pattern), '->', e.msg, '@', e.pos)

for repl in ['\\g<', '\\g<a', '\\g<>', '\\g', '\\g<1', '\\g<2>', '\\g<a b>']:
    try:
        print(re.sub('(?P<a>.)', repl, 'xy'))
    except (re.error, IndexError) as e:
        print(repr(repl), '->', type(e).__name__, e)

print(re.compile('x', re.A | re.S | re.X | re.I | re.M))
print(re.compile('x', re.S | re.U))
print(re.compile(b'x', re.L | re.S))
print(re.compile('(?x)y', re.DOTALL))
print(repr(re.A | re.S | re.M), re.S | re.I)
