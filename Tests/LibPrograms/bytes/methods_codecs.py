# bytes: searching, splitting, joining, stripping, case, padding,
# classification, translate/maketrans, hex/fromhex, and the codecs
# (utf-8, ascii, latin-1, utf-16) with their error handlers and messages.
raw = b'GET /index.html HTTP/1.1\r\nHost: example.org\r\nX-Count: 42\r\n\r\nbody'
head, sep, body = raw.partition(b'\r\n\r\n')
print(head.split(b'\r\n'), sep, body, raw.rpartition(b'\r\n'), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1), b'  x  y \t'.split(), b' a b c '.split(None, 1), b''.split())
print(b'l1\nl2\r\nl3\r'.splitlines(), b'l1\nl2\r\n'.splitlines(True), b'-'.join([b'a', b'b']), b''.join([]), b', '.join((b'x',)))
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.startswith(b'l', 2), b'hello'.endswith(b'l', 0, 4))
print(b'  pad  '.strip(), b'xxaxx'.lstrip(b'x'), b'xxaxx'.rstrip(b'x'), b'\t x \n'.strip(), b'abc'.strip(b''))
print(b'Hello World'.lower(), b'Hello World'.upper(), b'Hello World'.swapcase(), b'hello world'.title(), b'hELLO'.capitalize())
print(b'hello'.replace(b'l', b'L'), b'hello'.replace(b'l', b'L', 1), b'ab'.replace(b'', b'-'), b'aaa'.replace(b'a', b''))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.find(b'z'), b'hello'.find(108), b'hello'.index(b'o'), b'hello'.count(b'l'),
      b'hello'.count(b''), b'hello'.find(b'l', 3), b'hello'.rindex(b'h'))
print(b'abc'.center(9, b'*'), b'abc'.center(8), b'abc'.ljust(6, b'.'), b'abc'.rjust(6), b'42'.zfill(5), b'-42'.zfill(6), b'abc'.center(2))
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(),
      b'\x80'.isascii(), b'Title Case'.istitle(), b''.isdigit())
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
table = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(table), b'hello world'.translate(None, b'lo'), len(table), b'a\tb'.expandtabs(4))
print(b'\x00\xff\x10'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(' ', -4), bytes.fromhex('de ad BE ef'), bytes.fromhex(''))
text = 'naïve café'
u8 = text.encode('utf-8')
print(u8, u8.decode(), u8.decode('latin-1'), u8.decode('ascii', errors='replace'), u8.decode('ascii', 'ignore'), u8.decode('ascii', 'backslashreplace'))
print(text.encode('latin-1'), text.encode('ascii', 'replace'), text.encode('ascii', 'ignore'), text.encode('ascii', 'backslashreplace'),
      'ü€'.encode('utf-16-le'), 'ü'.encode('utf-16-be'), b'\xfc\x00'.decode('utf-16-le'), 'x€'.encode('ascii', 'xmlcharrefreplace'))
for bad in (lambda: b'\xff\xfe'.decode(), lambda: b'ab\xc3'.decode(), lambda: b'\xe2\x28\xa1'.decode('utf-8'), lambda: b'\x80'.decode('ascii'),
            lambda: 'naïve'.encode('ascii'), lambda: 'ab€€'.encode('latin-1'), lambda: b'x'.decode('rot13x'), lambda: bytes.fromhex('zz'),
            lambda: bytes.fromhex('abc'), lambda: b'x'.index(b'y'), lambda: b','.join([b'a', 'b']), lambda: b'a'.split(b''),
            lambda: bytes.maketrans(b'ab', b'c'), lambda: b'a'.startswith('a'), lambda: b'abc'.center(5, b'**')):
    try:
        print(bad())
    except (UnicodeDecodeError, UnicodeEncodeError, LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
