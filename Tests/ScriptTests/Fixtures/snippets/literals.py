x = 1
y = 0x_ff + 0o17 + 0b1010 + 1_000_000
z = 1.5 + .5 + 5. + 1e10 + 1.5e-7 + 1E+3 + 0.1 + 1e16 + 1e15 + 123456789.125 + 1e-5 + 0.0001 + 1e22 + 1e400
big = 123456789012345678901234567890
bighex = 0xFFFFFFFFFFFFFFFFFFFF
m = 9223372036854775807 + 9223372036854775808
n = None, True, False, ...
s = 'a' "b" '''c''' """d"""
b = b'\x00\xff' rb'\n' B"abc"
u = u"unicode"
r = r'\d+\n' R"x"
e = "\n\t\r\\\'\"\a\b\f\v\0\101\x41\u00e9\U0001F600\N{BULLET}\N{GREEK SMALL LETTER ALPHA}"
q = "it's" + 'say "hi"' + 'both \' and "'
nonascii = "héllo wörld — ∑ 😀"
ctl = "\x7f\x00\u200b\u2028"
cont = "abc\
def"
unknown_escape = "\d \q"
triple = """line1
line2 "quoted" ""
"""
