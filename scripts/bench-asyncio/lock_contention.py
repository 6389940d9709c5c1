# Lock contention: many tasks take one asyncio.Lock and yield while holding
# it, so every acquire queues behind the others; then a Semaphore(3).
import asyncio


async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(3)
    state = {"counter": 0, "inside": 0, "max_inside": 0}
    order = []

    async def locker(w):
        for _ in range(450):
            async with lock:
                value = state["counter"]
                await asyncio.sleep(0)
                state["counter"] = value + 1
                if len(order) < 12:
                    order.append(w)

    async def limited(w):
        for _ in range(300):
            async with sem:
                state["inside"] += 1
                state["max_inside"] = max(state["max_inside"], state["inside"])
                await asyncio.sleep(0)
                state["inside"] -= 1

    await asyncio.gather(*(locker(w) for w in range(150)))
    await asyncio.gather(*(limited(w) for w in range(150)))
    print(state, order, lock.locked())


asyncio.run(main())
