# heapq's type errors name the argument as Argument Clinic does.
import heapq

for call in (lambda: heapq.heappush(None, 1), lambda: heapq.heappush((), 1), lambda: heapq.heappop(None),
             lambda: heapq.heappop({}), lambda: heapq.heapify('abc'), lambda: heapq.heapreplace(None, 1),
             lambda: heapq.heappushpop(set(), 1), lambda: heapq.heappop([])):
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
h = []
for x in [5, 1, 4]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heapreplace(h, 0), h)
