# TaskGroup: groups of thousands of tasks, nested groups, a group whose
# child fails (the siblings are cancelled and an ExceptionGroup is raised).
import asyncio


async def work(i, out):
    await asyncio.sleep(0)
    await asyncio.sleep((i % 5) / 1000)
    out.append(i % 13)
    return i


async def nested(j, out):
    async with asyncio.TaskGroup() as tg:
        for k in range(20):
            tg.create_task(work(j * 20 + k, out))


async def failing(i):
    await asyncio.sleep(0.01 * (i % 3))
    if i == 7:
        raise KeyError(i)
    await asyncio.sleep(1)


async def main():
    out = []
    total = 0
    for rnd in range(12):
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(work(i, out)) for i in range(3000)]
        total += sum(t.result() for t in tasks)
        async with asyncio.TaskGroup() as tg:
            for j in range(100):
                tg.create_task(nested(j, out))
        cancelled = 0
        try:
            async with asyncio.TaskGroup() as tg:
                fs = [tg.create_task(failing(i)) for i in range(300)]
        except ExceptionGroup as eg:
            cancelled = sum(f.cancelled() for f in fs)
            total += len(eg.exceptions)
    print(total, len(out), sum(out), cancelled, asyncio.get_running_loop().time())


asyncio.run(main())
