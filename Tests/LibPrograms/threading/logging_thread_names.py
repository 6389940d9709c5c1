# logging records name the thread that logs (threadName, thread) when the
# program uses threading; each thread is joined before the next starts.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(threadName)s %(levelname)s %(message)s")
log = logging.getLogger("app")


def task(n):
    log.info("working on %d", n)
    return n * n


log.info("start")
for i in range(3):
    t = threading.Thread(target=task, args=(i,), name=f"worker-{i}")
    t.start()
    t.join()
t = threading.Thread(target=task, args=(9,))
t.start()
t.join()
log.warning("done with %s", [th.name for th in threading.enumerate()])
