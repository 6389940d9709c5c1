# Source: written for Interleave's corpus in the style of "supervising and restarting crashed asyncio tasks" posts (not from a public source)
# Adapted: nothing
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger(__name__)


class Supervisor:
    def __init__(self, max_restarts=2):
        self.max_restarts = max_restarts
        self.restarts = {}
        self.tasks = {}
        self.stopping = asyncio.Event()

    def start(self, name, factory):
        task = asyncio.create_task(factory(), name=name)
        task.add_done_callback(lambda t: self._on_exit(t, factory))
        self.tasks[name] = task

    def _on_exit(self, task, factory):
        name = task.get_name()
        if task.cancelled() or self.stopping.is_set():
            log.info("%s stopped", name)
            return
        exc = task.exception()
        if exc is None:
            log.info("%s finished normally with %r", name, task.result())
            return
        n = self.restarts.get(name, 0)
        if n >= self.max_restarts:
            log.error("%s crashed (%s); giving up after %d restarts", name, exc, n)
            return
        self.restarts[name] = n + 1
        log.warning("%s crashed (%s); restart %d", name, exc, n + 1)
        self.start(name, factory)

    async def shutdown(self):
        self.stopping.set()
        for t in self.tasks.values():
            t.cancel()
        await asyncio.gather(*self.tasks.values(), return_exceptions=True)


attempts = {"flaky": 0}


async def flaky():
    attempts["flaky"] += 1
    await asyncio.sleep(0.3)
    if attempts["flaky"] < 3:
        raise ConnectionError(f"attempt {attempts['flaky']} lost connection")
    return "stable"


async def doomed():
    await asyncio.sleep(0.2)
    raise RuntimeError("always fails")


async def forever():
    while True:
        await asyncio.sleep(0.25)


async def main():
    sup = Supervisor()
    sup.start("flaky", flaky)
    sup.start("doomed", doomed)
    sup.start("forever", forever)
    await asyncio.sleep(2)
    await sup.shutdown()
    log.info("restarts: %s", sup.restarts)


asyncio.run(main())
