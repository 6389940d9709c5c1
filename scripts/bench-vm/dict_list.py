# Dict and list work: counting, grouping, get/setdefault, item iteration,
# list append/pop/insert/index/slicing, sort with a key, reverse, deletion.
words = ("the quick brown fox jumps over the lazy dog and then some "
         "more words follow to make a modest vocabulary of tokens").split()


def work(rep):
    counts = {}
    groups = {}
    for i in range(400000):
        w = words[(i * 7 + rep) % len(words)] + str(i % 50)
        counts[w] = counts.get(w, 0) + 1
        groups.setdefault(len(w), []).append(i)
    total = 0
    for k, v in counts.items():
        total += len(k) * v
    for k in list(counts):
        if counts[k] % 2:
            del counts[k]
    stack = []
    for i in range(400000):
        stack.append(i)
        if i % 3 == 0:
            total += stack.pop()
    lst = list(range(5000))
    for i in range(1500):
        lst.insert(i, lst.pop())
        total += lst[i * 10 % 5000]
    rows = [(i % 97, -i, str(i)) for i in range(80000)]
    rows.sort(key=lambda r: (r[0], r[1]))
    rev = rows[::-1]
    total += sum(r[0] for r in rev[:1000]) + len(stack)
    return total, len(counts), sorted(groups)[:3], rows[0], rev[0]


for rep in range(5):
    print(*work(rep))
