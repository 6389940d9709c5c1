# A learner's text report: word counts with Counter, grouping, translate, f-string tables, %-formatting, palindromes with :=, format specs.
import re, string
from collections import Counter, defaultdict
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope."""
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
for word, n in counts.most_common(5):
    print(f"{word:<10}{n:>3} {'#' * n}")
print(len(words), len(set(words)), sum(counts.values()))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))
table = str.maketrans("", "", string.punctuation)
clean = text.translate(table)
print(clean.split("\n")[0])
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
sentences = [s.strip() for s in re.split(r"[,.]", text) if s.strip()]
print(len(sentences), sentences[-1])
caesar = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
enc = caesar("hello world", 3)
print(enc, caesar(enc, -3))
print("{:=^40}".format(" REPORT "))
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>8}")
for name, q, p in rows:
    print(f"{name:<10}|{q:>5d}|{p:>8.2f}|{q * p:>8.2f}")
print(f"{'TOTAL':<10}|{sum(q for _, q, _ in rows):>5}|{'':>8}|{sum(q * p for _, q, p in rows):>8.2f}")
print("%-10s %5s" % ("name", "score"))
for n, s in [("ann", 93.5), ("bob", 78)]:
    print("%-10s %5.1f" % (n, s))
palins = [w for w in ["level", "hello", "Racecar", "A man a plan"] if (c := w.lower().replace(" ", "")) == c[::-1]]
print(palins)
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(f"vowels={vowels}, ratio={vowels / len(text):.3%}")
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "Hello World".swapcase(), "hello"[::-1], sorted("banana", reverse=True), "".join(sorted(set("mississippi"))))
print(" ".join(reversed("one two three".split())), "one two three".count("o"), "x".join("abc"))
print(repr("line1\nline2"), str("tab\there"), "a,b;c d".replace(",", " ").replace(";", " ").split())
s = "The rain in Spain"
print(s.find("ain"), s.index("in"), [m.start() for m in re.finditer("ain", s)], s.lower().count("s"))
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:08b}", f"{255:#06x}", f"{-3.5:+.1f}", f"{7:^7}|", f"{'left':.<10}", f"{3.14159:.0f}", f"{1e6:,.0f}")
