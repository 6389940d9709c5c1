# Source: written for Interleave's corpus in the style of threading tutorials (queue.Queue worker pool, Lock-protected counters, sentinel shutdown) (not from a public source)
# Adapted: nothing
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self, by=1):
        with self._lock:
            self.value += by


STOP = object()


def worker(tasks: queue.Queue, results: queue.Queue, counter: Counter):
    name = threading.current_thread().name
    while True:
        item = tasks.get()
        try:
            if item is STOP:
                return
            n = item
            results.put((n, sum(i * i for i in range(n)), name))
            counter.increment()
        finally:
            tasks.task_done()


def run_pool(jobs, n_workers=3):
    tasks, results = queue.Queue(), queue.Queue()
    counter = Counter()
    threads = [threading.Thread(target=worker, args=(tasks, results, counter), name=f"w{i}", daemon=True)
               for i in range(n_workers)]
    for t in threads:
        t.start()
    for job in jobs:
        tasks.put(job)
    tasks.join()
    for _ in threads:
        tasks.put(STOP)
    for t in threads:
        t.join()
    out = []
    while not results.empty():
        out.append(results.get_nowait())
    return sorted(out), counter.value, [t.is_alive() for t in threads]


def slow_double(x):
    time.sleep(0.01 * (5 - x))
    return x * 2


def main():
    out, count, alive = run_pool([10, 3, 7, 1, 5])
    print([(n, s) for n, s, _ in out], count, alive)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        futures = [pool.submit(slow_double, x) for x in range(5)]
        print([f.result() for f in futures])
        print(list(pool.map(slow_double, [3, 1, 2])))
    ev = threading.Event()
    box = []

    def waiter():
        ev.wait()
        box.append("woke")

    t = threading.Thread(target=waiter)
    t.start()
    box.append("setting")
    ev.set()
    t.join()
    print(box, ev.is_set())
    q = queue.Queue(maxsize=2)
    q.put(1)
    q.put(2)
    try:
        q.put(3, block=False)
    except queue.Full:
        print("queue.Full", q.qsize(), q.full())
    try:
        queue.Queue().get_nowait()
    except queue.Empty:
        print("queue.Empty")
    pq = queue.PriorityQueue()
    for p in [(3, "low"), (1, "urgent"), (2, "normal")]:
        pq.put(p)
    print([pq.get()[1] for _ in range(3)])
    rlock = threading.RLock()
    with rlock:
        with rlock:
            print("re-entered RLock")
    print(threading.current_thread() is threading.main_thread())


if __name__ == "__main__":
    main()
