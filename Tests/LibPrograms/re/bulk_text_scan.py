# Regexes over a few KB of log text (the native matcher's hot path): findall,
# sub, finditer with named groups, split, word boundaries, alternation, (?i).
import re, time
text = ("2024-01-02 12:00:01 ERROR [db] Connection failed for user alice@example.com after 3 retries\n"
        "2024-01-02 12:00:02 INFO [web] GET /index.html 200 in 12ms\n") * 40
for _ in range(5):
    a = re.findall(r"\d+", text)
    b = re.findall(r"[\w.+-]+@[\w-]+\.\w+", text)
    c = re.sub(r"\s+", " ", text)
    d = [m.groupdict() for m in re.finditer(r"(?P<date>\S+) (?P<time>\S+) (?P<level>\w+) \[(?P<mod>\w+)\] (?P<msg>.*)", text)]
    e = re.split(r"[,;\s]+", text)
    f = re.findall(r"\b[A-Z]+\b", text)
print(len(a), len(b), len(c), len(d), len(e), len(f))
print(a[:5], b[:2], c[:60], d[0], e[:8], f[:6])
words = re.findall(r"\b\w+\b", text)
print(len(words), sorted(set(words))[:10])
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text[:120]))
print(re.subn(r"(?i)error|info", lambda m: m.group().lower(), text)[1])
print([m.span() for m in re.finditer(r"\[(\w+)\]", text)][:4])
