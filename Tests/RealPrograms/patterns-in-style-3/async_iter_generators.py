# Source: written for Interleave's corpus in the style of async-iterator tutorials (__aiter__, async generators, asend/athrow/aclose) (not from a public source)
# Adapted: nothing
import asyncio
from contextlib import aclosing


class Ticker:
    def __init__(self, count, interval):
        self.count = count
        self.interval = interval
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.interval)
        self.i += 1
        return self.i


async def numbers(limit):
    try:
        for n in range(limit):
            yield n
            await asyncio.sleep(0.01)
    finally:
        print(f"  numbers({limit}) finalized")


async def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as exc:
            print("  athrow received:", exc)
            average = -1.0
            continue
        total += value
        count += 1
        average = total / count


async def take(agen, n):
    out = []
    async for item in agen:
        out.append(item)
        if len(out) == n:
            break
    return out


async def merge(*sources):
    queue = asyncio.Queue()
    done = object()

    async def pump(src):
        async for item in src:
            await queue.put(item)
        await queue.put(done)

    tasks = [asyncio.create_task(pump(s)) for s in sources]
    remaining = len(tasks)
    while remaining:
        item = await queue.get()
        if item is done:
            remaining -= 1
        else:
            yield item


async def main():
    print([t async for t in Ticker(3, 0.1)])
    print([n * n async for n in numbers(4) if n % 2 == 0])
    gen = numbers(10)
    print(await take(gen, 3))
    await gen.aclose()
    print("after aclose")
    async with aclosing(numbers(5)) as g:
        async for n in g:
            if n == 1:
                break
    avg = running_average()
    print(await avg.asend(None))
    for v in (10, 20, 60):
        print(await avg.asend(v))
    print(await avg.athrow(ValueError("bad sample")))
    print(await avg.asend(30))
    await avg.aclose()
    try:
        await avg.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    merged = [x async for x in merge(Ticker(3, 0.15), Ticker(2, 0.2))]
    print(merged)
    it = aiter(Ticker(2, 0))
    print(await anext(it), await anext(it), await anext(it, "default"))
    print(type(numbers(1)).__name__, hasattr(numbers(1), "__anext__"))
    leftover = numbers(3)
    print(await anext(leftover))
    print("main ends, leftover generator still suspended")


asyncio.run(main())
print("after run")
