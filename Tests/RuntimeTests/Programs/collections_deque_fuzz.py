# Random deque operations (a fixed LCG, no `random`) at small sizes with
# tight maxlens, then at sizes that grow, wrap and drain the ring buffer.
from collections import deque

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def fuzz(trials, maxlens, width, span, drain):
    out = []
    for trial in range(trials):
        d = deque(range(rnd(12)), maxlens[rnd(len(maxlens))])
        for step in range(120):
            op = rnd(16)
            try:
                if op == 0:
                    d.append(step)
                elif op == 1:
                    d.appendleft(-step)
                elif op == 2:
                    out.append([d.pop() for _ in range(min(len(d), rnd(drain) + 1))])
                elif op == 3:
                    out.append([d.popleft() for _ in range(min(len(d), rnd(drain) + 1))])
                elif op == 4:
                    d.extend(range(rnd(width)))
                elif op == 5:
                    d.extendleft(range(rnd(width)))
                elif op == 6:
                    d.rotate(rnd(2 * span) - span)
                elif op == 7:
                    d.insert(rnd(2 * span) - span, 'i%d' % step)
                elif op == 8:
                    del d[rnd(2 * span) - span]
                elif op == 9:
                    d[rnd(2 * span) - span] = 's%d' % step
                elif op == 10:
                    out.append(d[rnd(2 * span) - span])
                elif op == 11:
                    d.reverse()
                elif op == 12:
                    d.remove(rnd(10))
                elif op == 13:
                    out.append(d.index(rnd(10), rnd(8) - 4, rnd(20) - 4))
                elif op == 14:
                    out.append(d.count(rnd(5)))
                else:
                    d = d * rnd(3) if rnd(4) == 0 else d.copy()
            except (IndexError, ValueError) as e:
                out.append(type(e).__name__ + ': ' + str(e))
        out.append(repr(d))
    h = 0
    for s in map(str, out):
        for ch in s:
            h = (h * 31 + ord(ch)) % 1000000007
    return out, h


small, h1 = fuzz(60, [None, 0, 1, 3, 7, 20], 5, 15, 1)
print(len(small), h1)
for line in small[-25:]:
    print(line)
large, h2 = fuzz(15, [None, None, 50, 300], 200, 300, 150)
print(len(large), h2)
print(large[-1])
