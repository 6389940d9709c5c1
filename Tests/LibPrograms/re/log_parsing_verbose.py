import re, asyncio
LOG = '''2024-01-05 10:00:01 INFO  [auth] user=alice action=login ip=10.0.0.1
2024-01-05 10:00:07 WARN  [db] slow query took 1.52s table=orders
2024-01-05 10:01:00 ERROR [auth] user=bob action=login ip=10.0.0.2 reason="bad password"
garbage line
2024-01-05 10:02:30 INFO  [api] GET /v1/items?id=42 200 12ms'''
LINE = re.compile(r'''
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>[\d:]{8})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<mod>\w+)\]\s
    (?P<msg>.*)$''', re.X | re.M)
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
async def main():
    for m in LINE.finditer(LOG):
        kv = {k: v.strip('"') for k, v in KV.findall(m['msg'])}
        print(m.start(), m.end('level'), m.group('level', 'mod'), kv)
    print(len(LINE.findall(LOG)), LINE.findall(LOG)[0])
    print(re.sub(r'(?P<k>\w+)=(?P<v>\S+)', lambda m: f"{m['k'].upper()}<{m['v']}>", 'a=1 b=2'))
    print(re.sub(r'\d+(?:\.\d+)?(?=s\b)', lambda m: str(round(float(m[0]) * 1000)), 'took 1.52s and 3s'))
    print(re.split(r'\s*[,;]\s*|\s+and\s+', 'a, b;c and d'), re.split(r'(\d)', 'a1b2c', maxsplit=1))
    sc = re.compile(r'(?P<num>\d+)|(?P<op>[-+*/])|(?P<ws>\s+)|(?P<err>.)')
    print([(m.lastgroup, m.group()) for m in sc.finditer('12 + 3*x')])
    print(re.compile(r'(?i)hello').sub('bye', 'Hello HELLO'), re.sub('a', 'b', 'aaa', 2), re.sub('(?i)A', 'b', 'aA', flags=0))
    print(re.findall(r'(?<![\w.])\d+(?![\w.])', 'v1 10 2.5 33'), re.findall(r'(a|b)*', 'abab'), re.findall(r'', 'ab'))
    print(re.match(r'(?P<a>x)?(?P<b>y)', 'y').groupdict(default='none'), re.match(r'(\d+)-(\d+)', '10-20').expand(r'\2:\1'))
    p = re.compile(r'(?P<word>\b\w+\b)(?:\s+(?P=word)\b)+', re.I)
    print(p.sub(r'\g<word>', 'the the cat sat sat SAT down'), p.groupindex, p.pattern[:10])
    print(re.search(r'^\s*$', 'a\n  \nb', re.M).span(), re.search(r'\Z', 'ab').span(), re.search(r'$', 'a\n').span())
    print(re.fullmatch(r'[\w.+-]+@[\w-]+\.[\w.]+', 'a.b+c@ex-ample.co.uk') is not None, re.fullmatch(r'(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}', '192.168.1.255') is not None)
    print(re.findall(r'\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*', 'Meet John Smith and Mary in New York City'))
    print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseString').lower(), re.sub(r'_([a-z])', lambda m: m[1].upper(), 'snake_case_name'))
    print(re.escape('1+1=2?'), re.split(r'(?<=[.!?])\s+', 'Hi. How are you? Fine!'))
    m = re.search(r'(\w+)@(\w+)\.com', 'contact: joe@site.com now')
    print(m, m.regs, m.span(1), m.group(0, 1, 2))
    print(repr(re.compile('a', re.DEBUG & 0)), re.compile(r'x').scanner('xx').search().span())
    try:
        re.compile(r'(?P<n>a)(?P=m)')
    except re.error as e:
        print('re.error', e, e.pos, e.msg)
    try:
        re.compile('(abc')
    except re.error as e:
        print('re.error', e, e.pos, e.lineno, e.colno)
    try:
        re.compile('a\n(b', re.X)
    except re.error as e:
        print('re.error', e)
asyncio.run(main())
