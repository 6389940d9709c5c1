# Slices, reprs and replacements of long texts mixing 1- to 4-byte code
# points come out whole, across any internal buffer boundary.
pieces = ["a", "\xe9", "\u20ac", "\U0001f600", "\n", "'"]
text = "".join(pieces[i * 7 % 6] for i in range(10_007))
for start, stop, step in [(0, None, 1), (1, None, 1), (3, -5, 1), (2047, 4100, 1), (0, None, 3), (None, None, -1),
                          (5000, 10, -7)]:
    part = text[start:stop:step]
    print(start, stop, step, len(part), ascii(part[:12]), ascii(part[-12:]), sum(map(ord, part)))
r = repr(text)
print(len(r), ascii(r[:30]), ascii(r[-30:]))
a = ascii(text)
print(len(a), a[:40], a[-40:])
rep = text.replace("\xe9", "\U0001f600\U0001f600")
print(len(rep), rep.count("\U0001f600"), text.count("\u20ac"), text.replace("zz", "y") == text)
print(len(text.splitlines()), len(text.splitlines(True)[0]))
print(ascii(text.translate({0x20ac: "EUR", 0x1f600: None})[:40]))
