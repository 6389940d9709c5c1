# bytes/bytearray.replace over long inputs and with counts: every match,
# non-overlapping, left to right; none, empty, and longer replacements.
data = b"abcab\x00ab" * 5000
for old, new, count in [(b"ab", b"X", -1), (b"ab", b"", 3), (b"b\x00a", b"\xff" * 3, -1), (b"zz", b"y", -1),
                        (b"a", b"aa", 2), (b"aa", b"b", -1), (b"", b"-", 4), (b"\x00", b"\x00\x00", -1)]:
    r = data.replace(old, new, count)
    ba = bytearray(data).replace(old, new, count)
    print(old, new, count, len(r), r[:16], r[-8:], r == ba, type(ba).__name__)
print(b"aaaa".replace(b"aa", b"b"), b"".replace(b"a", b"b"), b"".replace(b"", b"x"), b"abc".replace(b"abc", b""))
