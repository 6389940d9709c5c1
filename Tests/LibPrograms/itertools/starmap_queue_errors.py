# starmap unpacks each item like f(*item) (non-iterables fail as tuple());
# queue timeouts must be non-negative even when the call would not block.
import itertools
import queue

print(list(itertools.starmap(pow, [(2, 3), [3, 2], iter((10, 2))])))
try:
    list(itertools.starmap(pow, [5]))
except TypeError as e:
    print('TypeError:', e)

q = queue.Queue(maxsize=1)
for call in (lambda: q.put(1, timeout=-1), lambda: q.get(timeout=-1), lambda: queue.Queue().put(1, timeout=-1),
             lambda: queue.SimpleQueue().get(timeout=-1)):
    try:
        print(call())
    except ValueError as e:
        print('ValueError:', e)
q.put('x', timeout=0)
print(q.get(timeout=0), q.empty())
try:
    q.get(timeout=0)
except queue.Empty:
    print('Empty')
