import re, random, math, textwrap, queue, warnings, sys, weakref, gc, copy
EXPRS = r'''
re.match(r'(?P<y>\d{4})-(?P<m>\d\d)', '2024-05-06').groupdict()
m=re.match(r'(?P<y>\d{4})-(?P<m>\d\d)?', '2024-'); (m.groups(), m.groups('X'), m.group('y', 2), m.span(), m.span('m'), m.start(2), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
re.match(r'(a)(b)?', 'a')
repr(re.compile(r'\d+', re.I | re.M))
re.compile(r'x', re.X | re.S | re.A)
re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags
re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home x@y')
re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333')
re.subn('a', 'b', 'aaa', count=2)
re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there')
re.sub(r'(\w)', r'\g<1>\g<0>', 'ab')
re.sub('', '-', 'abc')
re.sub('x*', '-', 'abxd')
re.split(r'(,)\s*', 'a, b,c')
re.split(r'\W+', 'Words, words, words.', maxsplit=1)
re.split('x*', 'axbc')
re.split(r'\b', 'a b')
re.findall(r'(\w)(\d)', 'a1 b2 c')
re.findall(r'\d', 'a1b2', re.I)
[m.span() for m in re.finditer(r'\w+', 'ab cd  e')]
re.fullmatch(r'\d+', '123a'), re.fullmatch(r'\d+', '123')
re.search(r'^b', 'a\nb', re.M), re.search(r'a.b', 'a\nb', re.S)
re.escape('a.b*c?d[e]f g-h_i~'), re.escape('é')
re.compile(r'(?i)abc').match('ABC')
re.match(r'(?x) a \s b  # comment', 'a b')
re.match(r'(?<=a)b', 'ab'), re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab cb')
re.search(r'(a)(?(1)b|c)', 'ab'), re.search(r'(?:x)?(?(1)b|c)', 'c') if False else 0
re.match(r'(\w+) \1', 'hey hey').group()
re.match(r'(?P<q>[\'"]).*?(?P=q)', '"abc" x').group()
re.search(r'a{2,3}?', 'aaaa').group(), re.search(r'a++', 'aaa') if sys.version_info >= (3, 11) else 0
re.search(r'(?>a+)b', 'aaab'), re.search(r'\Aab\Z', 'ab')
re.match('[', '')
re.compile('(?P<1>x)')
re.compile('a)')
re.compile('*a')
re.compile(r'(?P<n>a)(?P<n>b)')
re.compile(r'\p')
re.match('(a', 'a')
re.compile('a{3,2}')
re.purge(), re.I, re.IGNORECASE | re.MULTILINE, re.RegexFlag.DOTALL, repr(re.I | re.M), re.NOFLAG
re.compile(r'\d').pattern, re.compile(r'(a)(b)').groups, re.compile(r'(?P<x>a)(b)').groupindex
re.match(r'\d', '5').expand(r'[\g<0>]')
re.compile('ab').search('xxab', 3), re.compile('ab').search('xxab', 2), re.compile('ab').match('xab', 1), re.compile('a$').search('ab', 0, 1)
re.sub(r'\s+', ' ', '  a \t\n b  ').strip(), re.sub('(?m)^', '> ', 'a\nb')
re.findall(r'[\u00e9-\u00ea]', 'éêe'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'(?u)\w+', 'héllo')
re.match(b'(\\d+)', b'12ab').group(1), re.sub(b'a', b'b', b'aa')
re.match('a', b'a')
re.split(r'[;,]', 'a;b,c', flags=0), re.sub('a', r'\n', 'a'), re.sub('a', '\\\\', 'a')
re.sub('a', r'\9', 'a')
re.sub('(a)', r'\g<2>', 'a')
hasattr(re, 'template')
m=re.search(r'(\d+)', 'ab12'); m[0], m[1], m.regs if hasattr(m,'regs') else 0
re.compile(r'a|b|c').findall('cab'), re.compile(r'[^abc]+').findall('abxyzc'), re.findall(r'[a-c-]', 'a-d'), re.findall(r'[\]]', ']')
re.match(r'(?i:A)b', 'ab'), re.match(r'(?i:A)b', 'aB')
re.search(r'\bfoo\b', 'a foo.'), re.search(r'\Bo\B', 'foo'), re.findall(r'\d{2}(?=px)', '10px 20em 30px')
'''
for line in EXPRS.strip().split('\n'):
    try:
        if ';' in line:
            *stmts, last = line.split('; ')
            ns = dict(globals())
            for s in stmts: exec(s, ns)
            r = eval(last, ns)
        else:
            r = eval(line)
        print(repr(r))
    except Exception as e:
        print('!', type(e).__name__, e)
