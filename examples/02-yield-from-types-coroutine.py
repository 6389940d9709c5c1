# yield from and types.coroutine
# A generator-based coroutine built with types.coroutine can be awaited; yield from delegates to a sub-generator.
import asyncio
import types


def countdown(n):
    while n > 0:
        received = yield n
        print(f"  countdown got {received!r}")
        n -= 1
    return "liftoff"


def delegator():
    result = yield from countdown(3)
    print("  sub-generator returned", result)


gen = delegator()
print("first:", next(gen))
try:
    while True:
        print("next:", gen.send("ack"))
except StopIteration:
    print("delegation finished")


@types.coroutine
def nap():
    # A bare yield hands control back to the event loop, like asyncio.sleep(0).
    yield


async def worker(name):
    for step in range(2):
        print(f"{name} step {step}")
        await nap()


async def main():
    await asyncio.gather(worker("a"), worker("b"))


asyncio.run(main())
