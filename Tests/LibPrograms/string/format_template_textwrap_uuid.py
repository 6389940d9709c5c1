import asyncio, uuid, textwrap, string, types, functools, itertools, collections
EXPRS = r'''
textwrap.fill('The quick brown fox jumps over the lazy dog ' * 3, width=30, initial_indent='* ', subsequent_indent='  ')
textwrap.wrap('a-b-c-d-e-f-g-h-i-j', 5)
textwrap.wrap('abc\tdef\tghi', 10, tabsize=4)
textwrap.wrap('Hello.  World', 20, fix_sentence_endings=True)
textwrap.wrap('one two three four five six', 10, max_lines=2)
textwrap.wrap('one two three four five six', 10, max_lines=2, placeholder='~')
textwrap.shorten('Hello  world!', width=12)
textwrap.shorten('Hello world!', width=11)
textwrap.dedent('\tx\n\ty\n')
textwrap.dedent('  a\n\n    b\n  ')
textwrap.indent('a\nb\n', '  ', lambda l: l.startswith('a'))
textwrap.TextWrapper(width=10, drop_whitespace=False).wrap('a   b   c   d')
textwrap.TextWrapper(width=10, replace_whitespace=False).wrap('a\nb c d e f g')
textwrap.wrap('x' * 25, 10, break_on_hyphens=False)
textwrap.wrap('', 10), textwrap.fill('', 10)
textwrap.wrap('abc', 0)
string.Template('${a}b $$ $c').safe_substitute(a=1)
string.Template('$a').substitute({'a': 1}, a=2)
class T(string.Template): delimiter = '%'
T('%x and %{y}').substitute(x=1, y=2)
string.Template('$a $b').get_identifiers() if hasattr(string.Template, 'get_identifiers') else 0
string.Template('$a $').is_valid() if hasattr(string.Template, 'is_valid') else 0
'{:>10}|{:<5}|{:^7}|{:*^9}'.format('r', 'l', 'c', 'x')
'{0:,} {0:_} {1:.2%} {2:+.3e} {3:#x} {3:#o} {3:#b} {4:08.3f}'.format(1234567, 0.256, 12345.678, 255, -3.14159)
'{:,.2f} {:>+8.1f} {:=+8d} {:c} {!r:>6} {!s} {!a}'.format(1234.5, 2.25, 42, 65, 'x', 'y', 'é')
format(1e16, 'g'), format(1.5e-5, 'g'), format(123456789, 'e'), format(0.1, '.20f'), format(2 ** 64, ','), format(-0.0, '+'), format(float('nan'), '>5')
'%-6s|%6.2f|%+d|%x|%o|%e|%r|%5.1s|%%|%c' % ('ab', 3.14159, 5, 255, 8, 1234.5, 'q', 'xyz', 'Z')
'%(a)s %(b)05d' % {'a': 1, 'b': 42}
'%s' % (1, 2)
'%d' % 'x'
f'{3.0:.0f} {2.5:.0f} {0.125:.2f} {1/3:.10g} {12:>{5}} {"x"!r:^5} {10**20:e} {1e-7}'
'{:%Y}'.format(1)
'{0[a]} {0[b][1]} {1.real}'.format({'a': 1, 'b': [2, 3]}, 4)
'{} {}'.format(1)
'{0} {}'.format(1, 2)
str.format_map('{x}-{y}', collections.defaultdict(lambda: '?', x=1))
types.SimpleNamespace(b=2, a=1), repr(types.SimpleNamespace())
ns = types.SimpleNamespace(a=1); ns.b = 2; del ns.a; vars(ns)
types.MethodType(lambda self: self.n, types.SimpleNamespace(n=5))()
uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678').hex, uuid.UUID(hex='12345678123456781234567812345678', version=4)
uuid.uuid3(uuid.NAMESPACE_DNS, 'a') == uuid.uuid3(uuid.NAMESPACE_DNS, 'a'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').variant
sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=2).time_low, uuid.UUID(int=(1<<127)).clock_seq, uuid.RESERVED_NCS
uuid.UUID(int=1) == 1, {uuid.UUID(int=1): 'a'}[uuid.UUID(int=1)], uuid.UUID(int=10).bytes_le
uuid.UUID(int=-1)
uuid.UUID('123')
uuid.UUID()
'''
for line in EXPRS.strip().split('\n'):
    try:
        if ';' in line:
            *stmts, last = line.split('; ')
            ns = dict(globals())
            for s in stmts: exec(s, ns)
            r = eval(last, ns)
        elif line.startswith('class '):
            exec(line); continue
        else:
            r = eval(line)
        print(repr(r))
    except Exception as e:
        print('!', type(e).__name__, e)
