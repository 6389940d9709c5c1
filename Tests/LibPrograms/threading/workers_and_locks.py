# threading in a one-thread sandbox: threads started and joined (each runs
# before the next statement), names, idents, locks and their errors,
# events/semaphores with timeouts on the virtual clock, excepthook.
import threading
import time

results = []
lock = threading.Lock()
counter = 0


def worker(n, delay=0):
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
    results.append((n, threading.current_thread().name))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
print([t.name for t in threads], threads[0].is_alive(), threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, sorted(results), all(not t.is_alive() for t in threads))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(),
      threading.active_count(), len(threading.enumerate()))


class Job(threading.Thread):
    def __init__(self, label):
        super().__init__(name=f"job-{label}")
        self.label = label
        self.out = None

    def run(self):
        self.out = self.label.upper()


j = Job("a")
j.start()
j.join()
print(j.name, j.out, j.daemon)
for bad in [lambda: j.start(), lambda: threading.Thread(target=print).join(), lambda: lock.release(),
            lambda: threading.Semaphore(-1), lambda: threading.RLock().release()]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.5))
lock.release()
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
ev = threading.Event()
t0 = time.monotonic()
print(ev.is_set(), ev.wait(2.0), time.monotonic() - t0)
ev.set()
print(ev.wait(), ev.is_set())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=1))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)
cond = threading.Condition()
with cond:
    print(cond.wait_for(lambda: True), cond.wait(0.25))
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
data = threading.local()
data.x = 5
print(data.x)
timer = threading.Timer(1.5, lambda: print("timer fired"))
timer.start()
timer.join()
b = threading.Barrier(1)
print(b.wait(), b.parties, b.broken)


def failing():
    raise ValueError("inside thread")


seen = []
old = threading.excepthook
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=failing, name="bad")
t.start()
t.join()
threading.excepthook = old
print(seen, "main goes on")
