words = ('alpha beta gamma delta epsilon zeta eta theta iota kappa ' * 20).split()
counts = {}
for rep in range(200):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
parts = []
for i in range(50000):
    parts.append(str(i % 97))
joined = ','.join(parts)
lst = [x * 2 for x in range(100000) if x % 3]
lst.sort(reverse=True)
print(len(counts), counts['alpha'], len(joined), lst[0], sum(lst[:100]))
