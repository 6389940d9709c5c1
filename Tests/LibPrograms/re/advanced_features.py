import re
cases = [
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now"), (r"(?i:abc)d", "ABCd"), (r"\d+(?:\.\d+)?", "v 3.14 and 2"),
    (r"(?<!\$)\b\d+\b", "$5 and 7"), (r"(a)|b", "b"), (r"(?x) a b # comment", "ab"), (r"[[:alpha:]]", "a"),
    (r"\w+(?=,)", "one, two, three"), (r"^(?:(\d)|x)*$", "1x2"), (r"(\w+)\s\1", "hello hello world"),
    (r"(?s:.)", "\n"), (r"\Aabc\Z", "abc"), (r"a++", "aaa"), (r"(?>a+)b", "aab"), (r"\p{L}", "é"),
    (r"[\u00e9-\u00ff]+", "caf\u00e9"),
    (r"a{3}", "aaaa"), (r"[^\W\d_]+", "ab_12cd"), (r"(?m)^$", "a\n\nb"), (r"\bfoo\b", "a foo."), (r"x*?y", "xxy"),
    (r"(?u)\w", "é"), (r"(?a)\w+", "café"), (r"[a-z&&[aeiou]]", "e"), (r"\x41\101\u0041", "AAA"), (r"(?#note)a", "a"),
]
for pat, s in cases:
    try:
        m = re.search(pat, s)
        print(repr(pat), "->", m.group(0) if m else None, m.groups() if m else None)
    except re.error as e:
        print(repr(pat), "re.error:", e)
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2024-03"), re.sub("a", r"\n", "bab"), re.sub("(b)", r"[\1\\]", "abc"))
print(re.split(r"\b", "a b"), re.split(r"(?=b)", "abab"), re.findall(r"(?:a|(b))", "ab"))
print(re.compile(r"(?P<x>a)").groupindex["x"], re.compile("a", re.I).flags, re.purge())
try:
    re.sub("a", r"\2", "a")
except re.error as e:
    print("re.error:", e)
print(re.fullmatch(r"[\d\s]+", "1 2 3") is not None, re.search(r"\s*$", "abc  ").span(), re.match(r"(a*)*b", "aaab").group(1))
