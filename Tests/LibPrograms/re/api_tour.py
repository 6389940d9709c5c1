# re API tour: findall/search/match/fullmatch/sub/subn/split/finditer, named groups, flags, lookarounds, backreferences, escape, error messages and positions.
import re
text = "John: 555-1234, Jane: 555-9876; Bob - 555-0000"
print(re.findall(r"(\w+)\W+(\d{3}-\d{4})", text))
print(re.findall(r"\d+", text), re.findall(r"(\d)(\d)", "1234"), re.findall(r"x*", "axxb"))
m = re.search(r"(?P<first>\w+):\s*(?P<num>[\d-]+)", text)
print(m, m.group(), m.group(1), m.group("num"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end("num"), m.lastgroup, m.lastindex, m.re.pattern, m.string[:4], m[0], m["first"])
print(re.sub(r"(\d{3})-(\d{4})", r"\2-\1", text), re.sub(r"\d", lambda m: str(int(m.group()) * 2 % 10), "a1b2c3"), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"(\w+)", r"\g<1>!", "ab cd"), re.sub("", "-", "abc"), re.sub(r"a|", "-", "bab"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " a b "), re.split(r"x", "axbxc", maxsplit=1), re.split(r"\b", "hi there"))
print([m.group() for m in re.finditer(r"\b\w{4}\b", "this is some text here")], [m.span() for m in re.finditer("a", "banana")])
p = re.compile(r"^(\w+)@(\w+)\.com$", re.IGNORECASE | re.MULTILINE)
print(p, p.pattern, p.flags, p.groups, p.groupindex, p.match("Bob@Example.COM").groups(), p.findall("a@b.com\nc@d.com\nbad"))
print(re.match(r"a", "ba"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.search(r"$", "abc").span())
print(re.escape("a.b*c?(d)"), re.escape("hello world-_"), re.escape("1+1=2"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"""\d+  # digits
  \s*  # spaces""", "12 34", re.X))
print(re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaa"), re.findall(r"(?:ab)+", "ababxab"))
print(re.findall(r"(?<=\$)\d+", "$10 and $20"), re.findall(r"\d+(?= dollars)", "5 dollars 6 euros"), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"), re.findall(r"\w+(?!\d)", "ab1 cd"))
print(re.findall(r"(a)|(b)", "ab"), re.findall(r"([a-c])\1", "aabbcd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
print(re.findall(r"[^\W\d_]+", "ab_12 cd"), re.findall(r"[\s\S]", "a b")[:3], re.findall(r"\D+", "a1b22c"), re.findall(r"[A-Z][a-z]*", "HelloWorldFoo"))
print(re.sub(r"([A-Z])", r"_\1", "camelCaseString").lower(), re.sub(r"\s+", " ", "  a \t b\n c "), re.sub(r"^\s+|\s+$", "", "  hi  "))
print(m.expand(r"\g<num> by \1"), re.compile("a").sub("b", "aaa", count=2), re.compile(r"\d").split("a1b2c"))
for bad in ["(", "a)", "[a", "*a", "a{2,1}", "(?P<1>a)", "\\", "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e, "|", e.msg, e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
try:
    m.group(5)
except IndexError as e:
    print(e)
try:
    m.group("zz")
except IndexError as e:
    print(e)
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(a)(b)?", "a").group(2), re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(0))
print(re.search(r"\bcat\b", "concat cat"), bool(re.match("", "")), re.findall(r"\Bcat", "concat cat"))
print(re.findall(r"[\u00e9-\u00ff]", "café ÿ"), re.findall(r"\w+", "naïve café 日本"), re.findall(r"\w+", "naïve", re.ASCII))
print(re.purge(), re.I, re.IGNORECASE == re.I, repr(re.I | re.M), re.compile(r"x", re.I | re.M))
print(re.sub(r"(?m)^", "> ", "a\nb"), re.sub(r"a", r"\n", "bab"), repr(re.sub(r"a", "\\\\", "a")))
emails = "contact: alice@example.com, bob.smith@mail.co.uk; bad@ x@y"
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.-]+", emails))
log = "2024-01-02 12:00:01 ERROR [db] Connection failed\n2024-01-02 12:00:02 INFO [web] ok\n"
for line in log.splitlines():
    mm = re.match(r"(?P<date>\S+) (?P<time>\S+) (?P<level>\w+) \[(?P<mod>\w+)\] (?P<msg>.*)", line)
    print(mm.groupdict())
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"), dict(re.findall(r"(\w+)=(\w+)", "k=v; x=y")))
print(re.match(r"(\d+)\.(\d+)", "3.14").group(1, 2), re.search("z", "abc") is None)
print(re.compile(r"(?P<a>x)").groupindex, type(re.compile("x")), type(re.match("x", "x")))
