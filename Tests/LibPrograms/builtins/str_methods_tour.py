# str methods a learner uses, with their error messages: strip/split/partition/find/replace/justify/translate/case/predicates/encode, reprs of quotes and escapes.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
t = "hello world foo bar"
print(t.title(), t.capitalize(), t.upper(), t.swapcase(), "ÄÖü".lower(), "ß".upper(), "ǅ".lower())
print(t.split(), t.split(" ", 1), t.rsplit(" ", 1), t.split("o"), "a,b,,c".split(","), "".split(), "".split(","))
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "x".splitlines(), "".splitlines())
print(t.partition(" "), t.rpartition(" "), t.partition("zz"), t.rpartition("zz"))
print(t.find("o"), t.rfind("o"), t.find("o", 5), t.find("zz"), t.index("w"), t.count("o"), t.count(""), "aaa".count("aa"))
try:
    t.index("zz")
except ValueError as e:
    print(e)
try:
    t.rindex("zz")
except ValueError as e:
    print(e)
print(t.replace("o", "0"), t.replace("o", "0", 2), "abc".replace("", "-"), t.startswith(("he", "x")), t.endswith("bar", 0, 19))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+4".zfill(4), "abc".zfill(2))
print("a\tb\tc".expandtabs(4), "ab\tc".expandtabs(), repr("x\ty".expandtabs(0)))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "١٢".isdecimal(), "½".isnumeric(), "abc".islower(), "ABC".isupper(), "Ab Cd".istitle(), "  ".isspace(), "a_b".isidentifier(), "".isalpha(), "abc".isascii(), "é".isascii(), "ab\n".isprintable())
print("-".join(["a", "b"]), ",".join(map(str, range(5))), "".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("Hello".casefold(), "ﬁ".upper(), "straße".casefold())
print("abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"), "x".removeprefix("y"))
print("{} {}".format("a", 1), "%s" % "x", "a" * 3, 3 * "ab", "a" + "b", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:])
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
print("tic-tac-toe".split("-", maxsplit=1), "a b  c".split(" "), " a b ".split(None, 1), " a b c ".rsplit(None, 1))
tbl = str.maketrans("abc", "xyz", "d")
print("abcd".translate(tbl), tbl, str.maketrans({"a": "1", "b": None}))
print(ord("a"), chr(8364), ascii("é€"), repr("é\n\x00\x7f'\""), repr('a"b'), repr("a'b"), repr("a'b\"c"))
print("%-10s|" % "hi", "%10.3s|" % "hello", "%.2e" % 12345.678, "%g" % 1e-10, "%5.1f%%" % 99.5)
print(str.upper("abc"), "a".__len__(), "abc".__contains__("b"), "b" in "abc", "abc" < "abd", "Z" < "a", max("hello"), sorted("hello"))
print("ab".encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode(), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(" ".join(w.capitalize() for w in "the quick brown fox".split()), "hello world".title(), "they're bill's".title())
print(repr(str(None)), str(b"ab"), str(1.0), str([1, "a", None]), str({"a": (1,)}), repr({1, 2, 3}), repr(set()), repr(frozenset({1})), repr(()), repr((1,)))
print("abc".format_map({}), "{a}".format_map({"a": 5}), "%c" % "x")
print(f"{'abc':x>6}", f"{'α':^5}|", len("日本語"), "日本語"[1])
