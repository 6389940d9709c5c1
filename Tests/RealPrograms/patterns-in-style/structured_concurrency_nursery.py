# Source: written for Interleave's corpus in the style of "structured concurrency: build your own nursery" posts (not from a public source)
# Adapted: nothing
import asyncio


class Nursery:
    def __init__(self):
        self._tasks: list[asyncio.Task] = []
        self.errors: list[BaseException] = []

    async def __aenter__(self):
        return self

    def start_soon(self, coro, name=None):
        task = asyncio.create_task(coro, name=name)
        task.add_done_callback(self._on_done)
        self._tasks.append(task)
        return task

    def _on_done(self, task: asyncio.Task):
        if not task.cancelled() and task.exception() is not None:
            self.errors.append(task.exception())
            for t in self._tasks:
                if not t.done():
                    t.cancel()

    async def __aexit__(self, et, exc, tb):
        if exc is not None:
            for t in self._tasks:
                t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.errors:
            raise ExceptionGroup("nursery errors", self.errors)
        return False


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    async with Nursery() as n:
        n.start_soon(child("a", 0.1))
        n.start_soon(child("b", 0.2))
    print("first nursery ok")
    try:
        async with Nursery() as n:
            n.start_soon(child("c", 0.1))
            n.start_soon(child("d", 0.3, fail=True))
            n.start_soon(child("e", 1.0))
            n.start_soon(child("f", 2.0))
    except* RuntimeError as eg:
        print("errors:", [str(e) for e in eg.exceptions])
    print("done")


asyncio.run(main())
