import string, pprint, textwrap, reprlib, keyword
t = string.Template("Hello $name, you owe $$$amount? ${name}!")
print(t.safe_substitute(name="Ann"), t.substitute({"name": "Bob", "amount": 3}))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.capwords("hello   wORLD foo"), string.ascii_letters[:5], string.digits, string.punctuation[:8], repr(string.whitespace))
print(string.Template("$a $b").get_identifiers(), string.Template("$x").is_valid())
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{b!r:>3}c")))
data = {"name": "server", "ports": list(range(8000, 8012)), "tags": {"env": "prod", "tier": ["web", "api"]}, "nested": [{"a": 1, "b": [1, 2, 3] * 4}]}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
pprint.pprint(data, depth=1)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.pformat({"z": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, {2: "x"}]))
print(pprint.isreadable({"a": 1}), pprint.isrecursive([1]))



print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist) > 30)
s = "  The Zen of Python, by Tim Peters  "
print(s.strip().title(), s.split(), s.strip().partition(","), s.center(40, "*"), s.count("e"))
print("a,b,,c".split(","), "a b  c".split(None, 1), "line1\nline2\r\nline3".splitlines(True), "x".zfill(4), "-7".zfill(4))
print("hello".translate(str.maketrans("el", "ip")), "hello".translate(str.maketrans("", "", "l")), "%-6s|" % "ab")
print("Straße".casefold(), "ǅ".lower(), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"caf\xc3\xa9".decode(), "x".encode("ascii", "ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("tab\tsep".expandtabs(4), "a\tb".expandtabs(), "ABC".swapcase(), "hello world".capitalize(), "x".isidentifier(), "1x".isidentifier())
print(" ".join(["a", "b"]), "-".join(map(str, range(3))), "abc"[::-1], "abcdef"[1:5:2], "a" * 3, "ab" in "cabd")
print("{:>10}".format("right"), "{:^10}".format("mid"), "{:<10}|".format("left"), "{:.3}".format("abcdef"))
print(textwrap.wrap("a" * 25, 10), textwrap.fill("word " * 10, 22, max_lines=2, placeholder="~"))
