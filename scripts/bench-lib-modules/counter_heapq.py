from collections import Counter
import heapq
import re

words = ("the quick brown fox jumps over the lazy dog " * 60000).split()
c = Counter(words)
for i in range(120):
    c.update(words[i * 100:(i + 1) * 100])
heap = []
for i in range(180000):
    heapq.heappush(heap, (i * 7919) % 10007)
out = [heapq.heappop(heap) for _ in range(60000)]
pat = re.compile(r"(\w+)@(\w+)\.com")
text = " ".join("user%d@host%d.com" % (i, i % 9) for i in range(24000))
found = pat.findall(text)
print(c.most_common(3), out[:5], len(found), found[-1])
