# Source: written for Interleave's corpus in the style of "race conditions and asyncio.Lock" tutorials (not from a public source)
# Adapted: nothing
import asyncio


class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def unsafe_deposit(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)
        self.balance = current + amount

    async def safe_deposit(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount

    async def withdraw(self, amount):
        async with self.lock:
            if self.balance < amount:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
            await asyncio.sleep(0.01)
            self.balance -= amount


async def main():
    acc = Account()
    await asyncio.gather(*(acc.unsafe_deposit(10) for _ in range(10)))
    print("unsafe balance:", acc.balance)
    acc = Account()
    await asyncio.gather(*(acc.safe_deposit(10) for _ in range(10)))
    print("safe balance:", acc.balance)
    results = await asyncio.gather(*(acc.withdraw(30) for _ in range(5)), return_exceptions=True)
    print([r if r is None else str(r) for r in results])
    print("final:", acc.balance, "locked:", acc.lock.locked())
    lock = asyncio.Lock()
    await lock.acquire()
    print(repr(lock).split()[-1])
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
