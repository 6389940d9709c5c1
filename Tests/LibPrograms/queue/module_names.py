# queue's exceptions and SimpleQueue print with CPython's module names.
import queue

q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty as e:
    print(type(e), type(e).__mro__, repr(e))
try:
    queue.Queue(1).put_nowait(1) or None
    full = queue.Queue(1)
    full.put(1)
    full.put_nowait(2)
except queue.Full as e:
    print(type(e), type(e).__module__)
print(queue.SimpleQueue, queue.Queue, queue.LifoQueue, queue.PriorityQueue)
print(queue.Empty.__name__, queue.Empty.__qualname__, issubclass(queue.Empty, Exception))
