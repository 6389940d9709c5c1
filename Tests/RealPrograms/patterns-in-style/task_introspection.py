# Source: written for Interleave's corpus in the style of "inspecting running asyncio tasks" lessons (not from a public source)
# Adapted: nothing
import asyncio


async def sleeper(n):
    await asyncio.sleep(n)
    return n


async def monitor(stop: asyncio.Event):
    while not stop.is_set():
        tasks = asyncio.all_tasks()
        names = sorted(t.get_name() for t in tasks)
        print(f"{len(tasks)} tasks: {names}")
        await asyncio.sleep(0.5)


async def main():
    me = asyncio.current_task()
    me.set_name("main")
    stop = asyncio.Event()
    mon = asyncio.create_task(monitor(stop), name="monitor")
    workers = [asyncio.create_task(sleeper(i * 0.4), name=f"sleeper-{i}") for i in range(1, 4)]
    await asyncio.gather(*workers)
    stop.set()
    await mon
    print("current:", asyncio.current_task().get_name())
    print("done:", [w.done() for w in workers], [w.result() for w in workers])
    t = asyncio.create_task(sleeper(0), name="quick")
    print(t.get_name(), t.done())
    await t
    print(t.get_name(), t.done(), t.get_coro().__name__)
    print(asyncio.iscoroutine(sleeper(0).__class__) , asyncio.isfuture(t))
    c = sleeper(0)
    print(asyncio.iscoroutine(c))
    c.close()


asyncio.run(main())
