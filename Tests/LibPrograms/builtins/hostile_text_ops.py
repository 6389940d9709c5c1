# Text operations on adversarial inputs: each is linear in CPython and must
# stay linear here (a quadratic search or insert-at-front never finishes
# within the wall limit), and replace's up-front memory check must count
# the matches that exist, not every match that could.

hay = b'a' * 1_000_000
needle = b'a' * 500_000 + b'b'
print(needle in hay, needle in bytearray(hay), (b'a' * 500_000) in hay)
print(b'' in hay, b'ab' in b'xxab', b'abc' in b'ab')

parts = (b'a ' * 200_000).rsplit(b' ')
print(len(parts), parts[:2], parts[-2:])
parts = (b'a ' * 200_000).rsplit()
print(len(parts), parts[:2])
print(b' a b  c '.rsplit(None, 1), b'a,b,,c'.rsplit(b',', 2), b'x'.rsplit(b'x'))
print(bytearray(b'a b c').rsplit(), b'a\nb\r\nc'.splitlines(True))

print(len((b'a' * 1_000_000).strip(bytes(range(256)).replace(b'a', b''))))
print(b'xxhixx'.strip(b'x'), b'  hi \t'.strip(), b'abcba'.lstrip(b'ab'), b'abcba'.rstrip(b'ab'))

text = 'a' * 1_000_000 + 'x'
print(len(text.replace('x', 'b' * 1000)), len(('a' * 1_000_000).replace('a', 'b' * 1000, 1)))
data = b'a' * 1_000_000 + b'x'
print(len(data.replace(b'x', b'b' * 1000)), len(bytearray(data).replace(b'a', b'bb', 3)))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b'aaa'.replace(b'a', b'', 2))
print('abc'.replace('', '-', 0), b'abc'.replace(b'b', b'XYZ', -1))

print(len(('\xdf' * 100_000).casefold()), 'Stra\xdfe'.casefold(), '\u03a3A\u03a3'.lower(), 'hello world'.title())
print(len(('\u20ac' * 100_000).encode().decode()), b'\xe2\x82\xac'.decode(), b'abc'.decode('ascii'))
for bad, codec in [(b'\xff', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'\x80', 'ascii'), (b'\xc0\x80', 'utf-8')]:
    try:
        bad.decode(codec)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\x80b'.decode('ascii', 'ignore'))

print(len(('{}' * 20_000).format(*range(20_000))), len(('{a}' * 20_000).format(a='xy')))
print(len(('%s' * 20_000) % tuple(range(20_000))), len((b'%s' * 20_000) % tuple([b'x'] * 20_000)))

print(b'ab' * 3, 3 * b'ab', bytearray(b'ab') * 0, b'' * 5, -1 * b'x', bytearray(b'xy') * 2, len(b'x' * 1_000_000))
grown = bytearray(b'ab')
grown *= 3
print(grown, (b'abc' * 1000).count(b'cab'))
