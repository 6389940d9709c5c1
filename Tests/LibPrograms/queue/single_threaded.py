# queue: FIFO/LIFO/priority/simple queues, maxsize, Full/Empty, task
# accounting, and a get() with a timeout that expires.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in (5, 1, 4, 2):
        q.put(item)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(4)], q.empty(), q.full())
s = queue.SimpleQueue()
s.put('a'); s.put_nowait('b')
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
b = queue.Queue(2)
b.put(1); b.put(2)
print(b.full(), b.maxsize, b.queue)
for f in (lambda: b.put(3, block=False), lambda: b.put_nowait(3), lambda: queue.Queue().get_nowait(),
          lambda: queue.LifoQueue().get(False), lambda: queue.SimpleQueue().get(block=False)):
    try:
        f()
    except (queue.Full, queue.Empty) as e:
        print(type(e).__name__, repr(e), str(e) == '')
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(b.unfinished_tasks)
b.get(); b.task_done(); b.get(); b.task_done()
b.join()
print(b.unfinished_tasks)
try:
    b.task_done()
except ValueError as e:
    print('ValueError', e)
pq = queue.PriorityQueue()
for job in [(2, 'write'), (1, 'read'), (3, 'close'), (1, 'open')]:
    pq.put(job)
while not pq.empty():
    print(pq.get())
print(issubclass(queue.Empty, Exception), queue.Queue[int] is not None)
