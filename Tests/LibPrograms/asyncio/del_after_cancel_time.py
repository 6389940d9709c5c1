# An object a cancelled task's frame held is finalized when the last
# reference goes (here when the caught CancelledError is replaced), at that
# virtual time, not after the clock has jumped to the next timer.
import asyncio


class Res:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __del__(self):
        loop = asyncio.get_running_loop()
        print(f"del {self.name} at {loop.time() - START:.2f}")


START = 0.0


async def uses(name, delay, fail=False):
    r = Res(name)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return r.name


async def main():
    global START
    START = asyncio.get_running_loop().time()
    print(await uses("a", 0.1))
    t = asyncio.create_task(uses("b", 1))
    await asyncio.sleep(0.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("b cancelled")
    del t
    print("after del t")
    try:
        await uses("c", 0.1, fail=True)
    except ValueError as e:
        print("caught", e)
    print(await asyncio.gather(uses("d", 0.2), uses("e", 0.1)))
    print("end main")

asyncio.run(main())
