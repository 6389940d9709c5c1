# Awaitables via __await__
# Any object whose __await__ returns an iterator can be awaited: a bare yield gives the loop a turn, yield from a Future waits for it.
import asyncio


class Countdown:
    def __init__(self, start):
        self.start = start

    def __await__(self):
        for n in range(self.start, 0, -1):
            print("tick", n)
            yield  # a bare yield: the task steps again on the next loop turn
        return "done counting"


class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        loop.call_later(self.delay, future.set_result, self.value)
        return (yield from future)


async def other():
    for _ in range(2):
        print("other task runs")
        await asyncio.sleep(0)


async def main():
    helper = asyncio.create_task(other())
    print(await Countdown(3))
    loop = asyncio.get_running_loop()
    value = await Delayed("late value", 2)
    print(value, "at t =", loop.time())
    await helper


asyncio.run(main())
