# Source: written for Interleave's corpus in the style of log-analysis scripts (re with named groups, verbose patterns, sub callbacks) (not from a public source)
# Adapted: nothing
import asyncio
import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01,123 INFO  [web-1] GET /api/users/42 200 0.012s user=alice
2024-03-01 12:00:02,456 WARN  [web-2] GET /api/orders?id=7 404 0.003s user=bob
2024-03-01 12:00:02,789 ERROR [web-1] POST /api/orders 500 1.250s user=alice msg="db timeout"
2024-03-01 12:00:03,001 INFO  [web-3] GET /static/app.js 200 0.001s
2024-03-01 12:00:04,500 INFO  [web-2] DELETE /api/users/42 204 0.020s user=carol
garbage line without structure
2024-03-01 12:00:05,000 ERROR [web-3] GET /api/report 503 3.000s user=bob msg="upstream \\"x\\" down"
"""

LINE = re.compile(
    r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<host>[\w-]+)\]\s
    (?P<method>GET|POST|PUT|DELETE)\s
    (?P<path>/\S*)\s
    (?P<status>\d{3})\s
    (?P<elapsed>\d+\.\d+)s
    (?:\s+user=(?P<user>\w+))?
    (?:\s+msg="(?P<msg>(?:[^"\\]|\\.)*)")?
    $""",
    re.VERBOSE | re.MULTILINE,
)


async def parse_chunk(lines, delay):
    await asyncio.sleep(delay)
    out = []
    for line in lines:
        m = LINE.match(line)
        if m:
            out.append(m.groupdict())
        else:
            out.append(None)
    return out


def redact(text):
    def repl(m):
        return m.group("key") + "=" + "*" * len(m.group("val"))
    return re.sub(r"(?P<key>user)=(?P<val>\w+)", repl, text)


async def main():
    lines = LOG.splitlines()
    chunks = [lines[i:i + 3] for i in range(0, len(lines), 3)]
    parsed = []
    for part in await asyncio.gather(*(parse_chunk(c, 0.1 * (3 - i)) for i, c in enumerate(chunks))):
        parsed.extend(part)
    bad = [i for i, p in enumerate(parsed) if p is None]
    good = [p for p in parsed if p]
    print("unparsed lines:", bad)
    levels = Counter(p["level"] for p in good)
    print(levels.most_common(), levels["DEBUG"])
    by_user = defaultdict(list)
    for p in good:
        by_user[p["user"] or "-"].append(f"{p['method']} {p['path']} {p['status']}")
    for user in sorted(by_user):
        print(f"{user:>6}: {by_user[user]}")
    slow = [(p["path"], float(p["elapsed"])) for p in good if float(p["elapsed"]) > 1]
    print("slow:", slow)
    print("messages:", [p["msg"] for p in good if p["msg"]])
    m = LINE.search(LOG)
    print(m.span(), m.start("host"), m.group("host", "status"), m.lastgroup, m.lastindex)
    print(redact(lines[0]))
    print(re.findall(r"/api/(\w+)(?:/(\d+))?", LOG))
    print(re.split(r"[\s,]+", "a, b  c,d ,, e"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
    print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or al@corp.com"))
    print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22c333", count=2), re.subn(r"a", "A", "banana"))
    print([m.group(0) for m in re.finditer(r"\b\w{5,}\b", "These words are checked individually here")])
    print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.fullmatch(r"[a-z]+", "abc1"))
    print(re.escape("1.5*[x]+y?"), re.IGNORECASE | re.DOTALL, re.compile(r"ab", re.I))
    print(re.match(r"(?i)hello", "HeLLo world").group(), re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $42.50").group())
    print(re.sub(r"(\w)(\1)", r"[\1\2]", "aabbcd"), re.search(r"(a)?(b)", "b").groups(), re.search(r"(a)?(b)", "b").groups("-"))
    pat = re.compile(r"(?P<word>\w+)\s(?P=word)")
    print(pat.search("this is is a test test").group("word"), pat.groupindex, pat.pattern, pat.flags)
    print(re.findall(r"^\w+", "one\ntwo\nthree", flags=re.M), re.findall(r"\d+|[a-z]+", "ab12cd345"))
    try:
        re.compile(r"(unclosed")
    except re.error as exc:
        print("re.error:", exc.msg, exc.pos)


asyncio.run(main())
