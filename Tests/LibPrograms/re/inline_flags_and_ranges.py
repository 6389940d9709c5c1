# Inline flag groups (global ones may only open the pattern), lookbehind
# syntax, class ranges of categories, and RegexFlag members as attributes.
import re

for pattern in ['(?i)(?m)^x', '(?x) (?i) a b', 'a(?i)b', '(?i-i:a)', '(?L)x', '(?a)(?u)x',
                '(?au:x)', '(?-a:x)', '(?i', '(?i-', '(?i-:x)', '(?-)', '(?i=x)', '(?<', '(?<x',
                '(?<name>x)', '(?<=ab)c', '(?<!a|bc)d', '[\\d-z]', '[a-\\w]', '[\\w-]', '[%-\\d]',
                '(?s:.)(?m:^)', '(?imsx:a b)']:
    try:
        c = re.compile(pattern)
        print('ok   ', repr(pattern), c.flags & ~re.UNICODE, c.groups)
    except re.error as e:
        print('error', repr(pattern), '->', e.msg, '| pos', e.pos)
    except ValueError as e:
        print('ValueError', repr(pattern), e)

print(re.findall('(?i)(?s)a.b', 'A\nB a-b'))
print(re.compile(rb'(?a)\w+').findall(b'ab cd'))
try:
    re.compile(rb'(?u)x')
except re.error as e:
    print(e)
print(re.RegexFlag.IGNORECASE, re.RegexFlag.M, re.RegexFlag.VERBOSE | re.RegexFlag.DOTALL,
      re.RegexFlag.I is re.I, re.RegexFlag.NOFLAG)
print(re.compile('x', re.RegexFlag.IGNORECASE).match('X'))
