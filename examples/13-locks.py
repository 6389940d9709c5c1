# Locks
# An asyncio.Lock lets one task at a time into a critical section, even when it awaits inside.
import asyncio

balance = 100


async def withdraw(lock, name, amount):
    global balance
    async with lock:
        print(f"{name} checks balance {balance}")
        if balance >= amount:
            await asyncio.sleep(1)  # the bank is slow; the lock keeps others out
            balance -= amount
            print(f"{name} withdrew {amount}, balance {balance}")
        else:
            print(f"{name} refused: insufficient funds")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(withdraw(lock, "alice", 70), withdraw(lock, "bob", 70), withdraw(lock, "carol", 20))
    print("final balance:", balance)


asyncio.run(main())
