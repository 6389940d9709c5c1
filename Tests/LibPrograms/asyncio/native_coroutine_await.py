# coroutine.__await__() returns a coroutine_wrapper iterator, also for
# asyncio's own coroutines (sleep, Queue.get, Event.wait), so a plain
# generator (a class's __await__) can `yield from` it.
import asyncio


async def inner():
    await asyncio.sleep(0.1)
    return 'inner'


class Delegating:
    def __init__(self, make):
        self.make = make

    def __await__(self):
        result = yield from self.make().__await__()
        return result


async def main():
    w = asyncio.sleep(0).__await__()
    print(type(w).__name__, iter(w) is w)
    w.close()
    print(await Delegating(inner))
    print(await Delegating(lambda: asyncio.sleep(0.1, 'slept')))
    q = asyncio.Queue()
    q.put_nowait('queued')
    print(await Delegating(q.get))
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print(await Delegating(ev.wait))
    print(await asyncio.gather(Delegating(inner), Delegating(lambda: asyncio.sleep(0.2, 'g'))))
    it = asyncio.sleep(0, 'manual').__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        print('StopIteration', e.value)
    loop = asyncio.get_running_loop()
    print(round(loop.time(), 1))


asyncio.run(main())
