# str methods: splitting, joining, stripping, searching, case, layout, predicates.
s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print('a b  c\td\n'.split(), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), '  '.split(' '), 'a b c'.split(maxsplit=1))
print('one\ntwo\r\nthree\rfour'.splitlines(), 'x\ny\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ', '.join(str(i) for i in range(3)))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.count(''), 'aaaa'.count('aa'), 'hello'.find('l', -2))
print('banana'.replace('a', 'o'), 'banana'.replace('a', 'o', 2), 'abc'.replace('', '-'))
print('prog.py'.endswith('.py'), 'prog.py'.endswith(('.txt', '.py')), 'abc'.startswith('b', 1))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('straße'.upper(), 'ÀÉÎ'.lower(), 'hello world'.title(), 'hELLO'.capitalize(), 'AbC'.swapcase())
print('Straße'.casefold(), "they're bill's".title(), 'ǆ'.title(), 'ΣΑΣ'.lower())
print(repr('ab'.center(7, '*')), repr('ab'.ljust(5)), repr('ab'.rjust(5, '.')), '-42'.zfill(6), '+7'.zfill(4))
print(repr('a\tbc\td'.expandtabs()), repr('a\tb'.expandtabs(4)), 'unittest'.removeprefix('unit'), 'file.py'.removesuffix('.py'))
print('123'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), 'abc'.isalpha(), 'a1'.isalnum())
print(' \t'.isspace(), ''.isspace(), 'Hello World'.istitle(), 'abc'.islower(), 'ABC'.isupper(), 'x_1'.isidentifier())
print('é'.isascii(), 'a\n'.isprintable(), 'é'.encode(), 'x'.encode('utf-8'), b'\xc3\xa9'.decode())
for bad in [lambda: 'a'.split(''), lambda: 'a'.index('b'), lambda: ''.join([1]), lambda: 'a'.find(1),
            lambda: 'a'.center(3, 'ab'), lambda: 'a'.startswith(1), lambda: 'a'.replace(1, 'b'),
            lambda: 'a'.upper(1), lambda: 'a'.strip(1), lambda: 'a'.partition('')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
