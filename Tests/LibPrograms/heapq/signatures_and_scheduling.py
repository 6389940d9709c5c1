import heapq, traceback, inspect, fractions, asyncio
from fractions import Fraction
print(inspect.signature(traceback.format_exception), inspect.signature(traceback.print_exception), inspect.signature(traceback.format_exception_only))
print(inspect.signature(Fraction), Fraction(4, 6, _normalize=False).as_integer_ratio() if False else '', Fraction(4, 6))
for n in ('heapify', 'heappop', 'heappush', 'heappushpop', 'heapreplace', 'merge', 'nlargest'):
    print(n, inspect.signature(getattr(heapq, n)))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
for bad in (lambda: heapq.heappush(None, 1), lambda: heapq.heapify((1,)), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
async def main():
    pending = []
    for d, name in [(3, 'c'), (1, 'a'), (2, 'b')]:
        heapq.heappush(pending, (d, name))
    while pending:
        d, name = heapq.heappop(pending)
        await asyncio.sleep(d)
        print('fired', name, asyncio.get_running_loop().time())
asyncio.run(main())
