import re

log = """2021-03-04 12:00:01 ERROR [db] connection lost (code=17)
2021-03-04 12:00:05 INFO [web] request /index took 35ms
2021-03-04 12:01:00 WARNING [db] slow query 1200ms
"""
pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<sys>\w+)\] (?P<msg>.*)")
for m in pat.finditer(log):
    print(m.group("level"), m["sys"], m.groupdict()["msg"], m.span("msg"), m.start(), m.end())
m = pat.match(log)
print(m.groups()[:2], m.lastgroup, m.lastindex, m.re is pat, m.string is log)
print(repr(m)[:40])
print(pat.pattern[:20], pat.groups, sorted(pat.groupindex.items()))
print(re.findall(r"(\d+)ms", log), re.findall(r"(\w+)=(\d+)", log))
print(re.sub(r"(\d+)ms", lambda m: f"{int(m.group(1)) / 1000:.3f}s", log).splitlines()[1])
print(re.sub(r"\[(\w+)\]", r"<\1>", log, count=1).splitlines()[0])
print(re.sub(r"(?P<w>db)", r"\g<w>!\g<0>", "db web db"))
print(re.subn(r"a", "b", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c", maxsplit=1))
print(re.fullmatch(r"\w+@\w+\.com", "bob@example.com") is not None, re.fullmatch(r"\w+", "a b"))
print(re.search(r"foo(?=bar)", "foobaz foobar").start())
print(re.search(r"(?<=\$)\d+", "cost: $42").group())
print(re.findall(r"\b\w+(?!ing)\b", "sing"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.compile(r"""
    (\d{3})   # area
    [-.]?
    (\d{4})   # number
""", re.VERBOSE).match("555-1234").groups())
print(re.escape("a.b*c?(d)"), re.escape("hello world"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"))
print(re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"<.*?>", "<a><b>").group())
print(re.findall(r"(a|b)+", "abab ba"), re.findall(r"[^aeiou\s]+", "hello world"))
print(re.match(r"(\w)\1", "aab"), re.match(r"(\w)\1", "aab".replace("b", "")).group())
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\g<last>, \g<first>"), m.group(1, 2), m.groupdict())
for bad in [r"(abc", r"[a-", r"a{2,1}", r"*a", r"(?P<n>a)(?P<n>b)", r"\1(a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, e.pos)
print(re.sub(r"x*", "-", "abxd"))
print(re.findall(r"\d*", "a12b"))
print(list(re.finditer(r"o", "foo"))[1].span())
print(bool(re.match(r"[\w.+-]+@[\w-]+\.[\w.]+$", "first.last+tag@mail-host.co.uk")))
print(re.compile(r"\s+").sub(" ", "  many   spaces\there ").strip())
print(re.IGNORECASE | re.MULTILINE, re.I == re.IGNORECASE, int(re.A))
p = re.compile(r"\d+")
print(p.findall("a1b22c333", 2, 6), p.search("xx99").group(), p.match("xx99"), p.match("xx99", 2).group())
print(re.sub(r"(?m)^", "> ", "l1\nl2"))
print(re.findall(r"[A-Z][a-z]*|\d+", "HelloWorld42Foo"))
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{,2}", "aaa").group())
print(re.search(r"\Bon\B", "python only oncology"))
print(re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"))
