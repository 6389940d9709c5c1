# Source: written for Interleave's corpus in the style of asyncio Event/Condition coordination examples (not from a public source)
# Adapted: nothing
import asyncio


class Warehouse:
    def __init__(self):
        self.stock = 0
        self.cond = asyncio.Condition()
        self.opened = asyncio.Event()

    async def deliver(self, amount: int):
        async with self.cond:
            self.stock += amount
            print(f"delivered {amount}, stock={self.stock}")
            self.cond.notify_all()

    async def take(self, who: str, amount: int):
        await self.opened.wait()
        async with self.cond:
            await self.cond.wait_for(lambda: self.stock >= amount)
            self.stock -= amount
            print(f"{who} took {amount}, stock={self.stock}")


async def main():
    w = Warehouse()
    customers = [asyncio.create_task(w.take(f"customer{i}", i + 1)) for i in range(4)]
    await asyncio.sleep(0.1)
    print("opening, waiters:", sum(1 for c in customers if not c.done()))
    w.opened.set()
    for amount in (2, 3, 1, 4):
        await asyncio.sleep(0.2)
        await w.deliver(amount)
    await asyncio.gather(*customers)
    print("left in stock:", w.stock)
    print(repr(w.opened).split()[-1], w.opened.is_set())

    cond = asyncio.Condition()
    order = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            order.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", order)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print("after notify_all:", order)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
