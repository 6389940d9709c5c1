# bytes/bytearray repr escapes every octet as CPython does (quotes, tab,
# newline, return, backslash, \xhh), and latin-1 decodes each octet to
# the code point of the same number.
every = bytes(range(256))
print(repr(every))
print(repr(bytearray(every)))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), repr(b""))
print(str(b"\x00\x7f\x80\xff"))
text = every.decode("latin-1")
print(len(text), [ord(c) for c in text] == list(range(256)))
print(text.encode("latin-1") == every)
print(ascii(b"\xe9t\xe9".decode("latin-1")), b"plain".decode("latin-1"))
big = (b"a\x00\xff'" * 5000)
r = repr(big)
print(len(r), r[:20], r[-20:])
d = (b"\xe9" * 30000).decode("latin-1")
print(len(d), d[:3] == "\xe9\xe9\xe9")
