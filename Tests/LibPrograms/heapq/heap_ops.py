# heapq: exact heap layouts (CPython's sift order), ties, merge, n-largest.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 5]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))


class Timer:
    def __init__(self, when, name):
        self.when = when
        self.name = name

    def __lt__(self, other):
        return self.when < other.when


timers = []
for i in range(8):
    heapq.heappush(timers, Timer(1.0, i))
print([heapq.heappop(timers).name for _ in range(8)])

pairs = []
for item in [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]:
    heapq.heappush(pairs, item)
print(pairs, heapq.nsmallest(2, pairs), heapq.nlargest(3, pairs))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge(['a1', 'b1'], ['a2', 'b2'], key=lambda s: s[0])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['dog', 'ant'], ['cow', 'bee'], key=len, reverse=True)))
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(3, [4, 1, 7, 3, 9, 2]))
print(heapq.nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len), heapq.nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(1, [3, 1]), heapq.nlargest(0, [1]), heapq.nsmallest(10, iter([3, 1, 2])))
print(heapq.nlargest(3, iter(range(20))), heapq.nsmallest(3, iter(range(20, 0, -1)), key=lambda v: -v))

for action in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try:
        action()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
