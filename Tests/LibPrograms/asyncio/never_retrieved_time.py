# A task that fails and that nobody holds is reported ("Task exception was
# never retrieved") when it is freed: right after its step, at the virtual
# time it ended, before the clock jumps to the next timer. A user object
# with __del__ dropped by a finished task is finalized at the same point.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout,
                    format="%(relativeCreated)d %(levelname)s %(message)s")


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"del {self.name} at {asyncio.get_event_loop().time() - START:.2f}")


async def boom(n):
    raise RuntimeError(f"never retrieved {n}")


async def holder(name):
    obj = Noisy(name)
    await asyncio.sleep(0.05)
    print("holder done", obj.name)


async def main():
    asyncio.create_task(boom(1))
    print("created")
    await asyncio.sleep(0.1)
    print("after sleep")
    t = asyncio.create_task(boom(2))
    await asyncio.sleep(0.1)
    print("kept ref", t.done())
    del t
    print("deleted")
    asyncio.create_task(holder("h"))
    await asyncio.sleep(0.3)
    print("end")


START = 0.0


async def start():
    global START
    START = asyncio.get_running_loop().time()
    await main()

asyncio.run(start())
print("after run")
