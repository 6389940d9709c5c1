# re.sub/subn with replacements of the wrong type: callbacks run for every
# match before CPython's final join reports the first bad piece by index;
# templates of the other kind (str for bytes, bytes for str); non-string
# templates; re.error messages of multi-line verbose patterns keep the
# position; Pattern.scanner's match()/search() stepping.
import asyncio
import re

calls = []


def shout(m):
    calls.append(m.group())
    return len(m.group()) if m.group() == 'bb' else m.group().upper()


async def rewrite(label, *args):
    await asyncio.sleep(0)
    try:
        print(label, repr(re.subn(*args)))
    except TypeError as e:
        print(label, 'TypeError:', e)


async def main():
    await rewrite('callback int', r'b+', shout, 'a bb c b')
    print('callbacks ran for', calls)
    await rewrite('callback None', 'x', lambda m: None, 'axbxc')
    await rewrite('bytes cb str', b'o', lambda m: 'O', b'foo')
    await rewrite('str cb bytes', 'o', lambda m: b'O', 'foo')
    await rewrite('bytes cb ok', b'o', lambda m: bytearray(b'0'), b'foo')
    await rewrite('template int', 'a', 7, 'abc')
    await rewrite('template None', 'a', None, 'abc')
    await rewrite('template list', 'a', ['x'], 'abc')
    await rewrite('bytes pat str repl', b'a', 'x', b'za')
    await rewrite('groups then literal', b'(a)', r'\1!', b'zaz')
    await rewrite('literal then group', b'(a)', r'<\1', b'zaz')
    await rewrite('groups only', b'(a)', r'\1\1', b'zaz')
    await rewrite('no match', b'q', 'x', b'zaz')
    await rewrite('str pat bytes repl', 'a', b'-', 'banana')
    for pattern in [r"""(?x)
            (?P<key> \w+ )   # key
            \s* = \s*
            (?P<value> [^;]+   # value, unterminated group
        """, "first line\n(?P<x>a)(?P<x>b)", 'one line (?P<1bad>x)']:
        try:
            re.compile(pattern)
        except re.error as e:
            print('re.error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    sc = re.compile(r'(?P<num>\d+)|(?P<name>[a-z]+)|(?P<ws>\s+)').scanner('x1 22 yz!q')
    print(type(sc).__name__, sc.pattern.pattern[:12])
    while (m := sc.match()) is not None:
        print('  match', m.lastgroup, repr(m.group()), m.span())
    print('  after failure:', sc.match(), sc.search())
    sc = re.compile(r'\d').scanner('a1b22c3', 2, 6)
    print([(m.group(), m.pos, m.endpos) for m in iter(sc.search, None)])
    sc = re.compile(r'-*').scanner('a--b')
    print([m.span() for m in iter(sc.search, None)])


asyncio.run(main())
