# re: the common syntax (classes, groups, alternation, greedy/lazy
# quantifiers, anchors, flags, lookaround, backreferences) and the module
# API (match/search/fullmatch/findall/finditer/sub/subn/split, Match and
# Pattern objects), compared pattern by pattern with CPython.
import re

CASES = [
    (r'\d+', 'a1b22c333'), (r'[A-Z][a-z]*', 'Hello World FOO'), (r'(\w+)@(\w+)\.com', 'x joe@mail.com y@z.com'),
    (r'a.c', 'abc a\nc axc'), (r'a|ab|abc', 'abc'), (r'(a|ab)(c|bcd)', 'abcd'), (r'x*', 'axxbx'),
    (r'a{2,3}', 'aaaaaaa'), (r'a{2,3}?', 'aaaaaaa'), (r'a{2}', 'aaaaa'), (r'a{,2}', 'aaa'), (r'a{1,}b', 'aaab ab b'),
    (r'^\w+', 'one two\nthree'), (r'\w+$', 'one two\nthree'), (r'(?m)^\w+', 'one two\nthree'), (r'(?m)\w+$', 'a b\nc d\n'),
    (r'\bcat\b', 'cat concat cat.'), (r'\Bcat', 'concat cat'), (r'(?i)straße|HELLO', 'hello Hello'), (r'[^aeiou\s]+', 'hello world'),
    (r'(\d+)-(\d+)', '10-20 30-40'), (r'(?P<y>\d{4})-(?P<m>\d\d)', '2024-05 1999-12'), (r'(a)|(b)', 'ab'),
    (r'(?<=\$)\d+', 'cost $30 or $45'), (r'(?<!\$)\b\d+', 'cost $30 or 45'), (r'\w+(?=!)', 'hi! there yo!'), (r'\w+(?!\w|!)', 'hi! yo'),
    (r'(\w)\1', 'aabbcdde'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'yo\''), (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'),
    (r'[\d.]+', '3.14 and 2.71'), (r'[-+]?\d*\.\d+', '-1.5 +.5 3'), (r'\s+', ' a \t b\n'), (r'[\w-]+', 'well-known x_y'),
    (r'(?:ab)+', 'ababab abab'), (r'(ab)+', 'ababab'), (r'(a*)*b', 'aaab'), (r'(a*)+b', 'aab'), (r'(a|)+b', 'aab'),
    (r'\\', 'a\\b'), (r'\.', 'a.b'), (r'[\]\[]', '[x]'), (r'\x41\u0042\n', 'AB\n'), (r'(?s).+', 'a\nb'), (r'(?x) a b # comment', 'ab'),
    (r'(?i:A)b', 'ab Ab AB'), (r'[a-f0-9]{2}', 'ff 0a zz'), (r'colou?r', 'color colour'), (r'^$', ''), (r'$', 'ab\n'),
    (r'(?>a+)b', 'aaab'), (r'a++b', 'aab'), (r'\A\w', 'ab'), (r'\w\Z', 'ab'), (r'[^\d\W]+', 'ab1_c'),
]
for pattern, text in CASES:
    m = re.search(pattern, text)
    print(f'{pattern!r:24} search={m.group(0) if m else None!r} groups={m.groups() if m else None}',
          'findall=', re.findall(pattern, text), 'split=', re.split(pattern, text),
          'sub=', repr(re.sub(pattern, '<\\g<0>>', text)))

m = re.match(r'(?P<key>\w+)=(?P<val>\w*)(;)?', 'name=joe;rest')
print(m, m.group(), m.group(1, 'val'), m['key'], m.groups(), m.groupdict(), m.start(2), m.end('key'), m.span(3))
print(m.lastindex, m.lastgroup, m.re, m.string, m.pos, m.endpos, m.expand(r'\2 is \g<key>'), m.regs)
p = re.compile(r'(\d+)([a-z]?)', re.I)
print(p, p.pattern, p.flags == re.I | re.U, p.groups, p.groupindex, p.match('12ab'), p.fullmatch('12a'), p.fullmatch('12ab'))
print(p.search('xx99z', 1, 4), p.findall('1a 2B 33'), [m.span() for m in p.finditer('1a 2B 33')], p.subn('#', '1a 2B'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'\d', lambda m: str(int(m[0]) + 1), 'a1b9'))
print(re.sub('a', 'b', 'aaaa', count=2), re.split(r'\W+', 'a, b;  c', maxsplit=1), re.split(r'(\W+)', 'a, b'))
print(re.sub(r'', '-', 'abc'), re.sub(r'x*', '-', 'abxd'), re.split(r'\b', 'hi there'), re.findall(r'', 'ab'))
print(re.escape('1+1=2? [ok] (a.b) ~#'), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.compile(r'x', re.M | re.S), re.compile(r'x', re.A), re.compile('a') is re.compile('a'), re.IGNORECASE == 2)
print(re.match('a', 'ba'), re.search('^a', 'ba'), bool(re.match('', '')), re.findall(r'(\w)(\d)?', 'a1b'))
for bad in ('(abc', 'abc)', '[a-', 'a**', '*a', r'\1(a)', '(?P<n>a)(?P<n>b)', r'(?P=x)', 'a{3,1}', r'\q', '(?<=a+)b', '[z-a]', '(?z)'):
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error as e:
        print(f'error {bad!r}: {e} | pos={e.pos} msg={e.msg!r}')
for bad in (lambda: m.group(7), lambda: m.group('nope'), lambda: re.sub('(a)', r'\2', 'a'), lambda: re.search('a', 5)):
    try:
        bad()
    except (IndexError, re.error, TypeError) as e:
        print(type(e).__name__, e)
log = '''2024-01-02 10:00:01 ERROR [db] connection lost (code=17)
2024-01-02 10:00:05 INFO [web] GET /index 200
2024-01-02 10:01:00 WARNING [db] slow query 2.5s'''
LINE = re.compile(r'^(?P<date>\S+) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<src>\w+)\] (?P<msg>.*)$', re.M)
for m in LINE.finditer(log):
    print(m['level'], m['src'], m.group('msg'), re.findall(r'\d+(?:\.\d+)?', m['msg']))
