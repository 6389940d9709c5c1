# str.translate with dict tables (misses keep the character, None deletes,
# ints and strs replace, ASCII and non-ASCII alike), its errors, and
# expandtabs columns, on texts long enough to take the bulk paths.
table = {ord("a"): "AA", ord("b"): None, ord("\xe9"): ord("E"), 0x1F600: "\u263a", ord("\t"): " "}
text = "abc\xe9\t\U0001F600z" * 3000
out = text.translate(table)
print(len(out), ascii(out[:24]), out.count("AA"), "b" in out)
print("abc".translate({}), "abc".translate({97: 120}), "x\u20acy".translate(str.maketrans("\u20ac", "E")))
for bad in [{97: -1}, {97: 0x110000}, {97: 2**70}, {97: 1.5}, {97: b"x"}]:
    try:
        "a".translate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Sub(dict):
    def __missing__(self, key):
        return key + 1 if key < 128 else None
print("abc\xe9".translate(Sub({98: "B"})))
class Seq:
    def __getitem__(self, i):
        if i == 99:
            raise LookupError
        return i
print("abcd".translate(Seq()))
print(("a\tbc\td\n\tx" * 3).expandtabs(4)[:40].replace(" ", "."))
print(len(("\t" * 1000 + "x").expandtabs(3)), "\t".expandtabs(0) == "", "ab\tc".expandtabs(-1))
# partition/rpartition: found, missing, repeated and multi-byte separators.
text = "k\xe9y=v\u20acl=ue" * 2000
for sep in ["=", "\u20ac", "l=u", "zz", "k\xe9y", "e"]:
    h, m, t = text.partition(sep)
    rh, rm, rt = text.rpartition(sep)
    print(repr(sep), len(h), m == sep, len(t), len(rh), rm == sep, len(rt))
print("abc".partition("abc"), "abc".rpartition("c"), "".partition("x"), "".rpartition("x"))
class S(str):
    pass
parts = S("a-b").partition("-")
print(parts, [type(p).__name__ for p in parts], [type(p).__name__ for p in S("ab").partition("-")])
for bad in ["", 1]:
    try:
        "abc".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
