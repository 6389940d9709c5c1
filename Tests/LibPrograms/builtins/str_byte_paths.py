# str methods that run over UTF-8 bytes (ASCII texts, or no bounds) must
# give the code-point answers: bounds, negative indices, non-ASCII
# arguments, identity of unchanged results, subclasses.
class S(str):
    pass

texts = ['hello world', 'h\u00e9llo w\u00f6rld', '', 'aaaa', '\u2003 x \u2003', S('abcabc')]
for t in texts:
    for sub in ['', 'l', 'o w', '\u00e9', 'a', 'abc', 'x', 'zz']:
        row = [t.find(sub), t.rfind(sub), t.count(sub)]
        for start, end in [(1, None), (-3, None), (2, -1), (5, 2), (100, None), (-100, 3), (0, 100)]:
            row += [t.find(sub, start, end), t.rfind(sub, start, end), t.count(sub, start, end)]
            row += [t.startswith(sub, start, end), t.endswith(sub, start, end)]
        for name in ['index', 'rindex']:
            try:
                row.append(getattr(t, name)(sub, 1))
            except ValueError as e:
                row.append(str(e))
        print(repr(t), repr(sub), row)
    print(t.startswith(('zz', 'he')), t.endswith(('ld', 'q')), t.startswith(()), t.endswith(('',)))

try:
    'abc'.startswith(('a', 1))
    print('first match wins')
    'abc'.startswith(('z', 1))
except TypeError as e:
    print(e)
for bad in [1, None]:
    try:
        'abc'.find(bad)
    except TypeError as e:
        print(e)

# strip family: identity when unchanged (exact str only), chars, Unicode spaces.
s = 'abc'
print(s.strip() is s, s.lstrip('x') is s, type(S('abc').strip()) is str, type(S(' a ').strip()).__name__)
for t in ['  a b  ', '\u2003\u00a0x\u3000', '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85 y', '', '   ', 'xxhixx']:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip('x')), repr(t.strip('\u2003x')))
print(repr('abcdefghijklmnopqrstuvwxyz0123456789'.strip('0123456789abcdefghijklm')))
print(repr('\u00e9t\u00e9'.strip('\u00e9')), repr('\u00e9t\u00e9'.lstrip('\u00e9t')), repr('ab'.rstrip(None)))

# padding
for t in ['ab', 'abc', '\u00e9', '', '-12', '+7', '12', '-', S('x')]:
    for w in [-1, 0, 2, 5, 6]:
        print(repr(t), w, repr(t.center(w)), repr(t.ljust(w, '*')), repr(t.rjust(w, '\u00e9')),
              repr(t.zfill(w)), repr(t.center(w, '\U0001F600')))
print('ab'.center(2) == 'ab', type(S('ab').ljust(1)).__name__, type(S('ab').zfill(5)).__name__)
for bad in ['', 'ab', 1]:
    try:
        'x'.center(5, bad)
    except TypeError as e:
        print(e)

# removeprefix / removesuffix
for t in ['prefix-body-suffix', '\u00e9t\u00e9', '', 'aaa']:
    print(repr(t.removeprefix('prefix-')), repr(t.removesuffix('-suffix')), repr(t.removeprefix('\u00e9')),
          repr(t.removesuffix('\u00e9')), repr(t.removeprefix('')), repr(t.removesuffix('a')))
print('abc'.removeprefix('z') is 'abc'.removeprefix('z'), type(S('ab').removeprefix('a')).__name__)
try:
    'a'.removeprefix(1)
except TypeError as e:
    print(e)

# ASCII predicates answered from bytes
for t in ['abc', '_x1', '1abc', '', 'a b', 'Abc', 'Hello World', 'HELLO', 'Hello world', 'a_', '__init__',
          'x\u00e9', 'Title Case 3', "Don'T", 'A1B', '1A']:
    print(repr(t), t.isidentifier(), t.istitle())

# encodings written in place
for t in ['', 'abc', '\u00e9\u20ac\U0001F600']:
    for codec in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
        b = t.encode(codec)
        print(codec, b.hex(), b.decode(codec) == t)
print('abc'.encode('latin-1'), 'abc'.encode('ascii'), '\u00e9'.encode('latin-1'))
try:
    'a\u00e9'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)

# % formatting: literal runs and unpadded arguments as they are
print('%s|%5s|%-5s|%.2s|%r|%d|%+d|% d|%05d|%x|%#x|%#o' % ('abc', 'ab', 'ab', 'xyz', 'q', -3, 3, 3, -42, 255, 255, 8))
print('caf\u00e9 %s \u20ac%%' % '\U0001F600', '%(a)s-%(b)r' % {'a': 1, 'b': 'x'})
print(len(('x' * 100000 + '%s' + 'y' * 100000) % 'z'), ('a' * 5 + '%s') % ('b' * 3))
