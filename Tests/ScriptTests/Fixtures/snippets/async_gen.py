import asyncio

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    async for t in ticker(3):
        print(t)
    result = await asyncio.gather(*[work(i) for i in range(3)], return_exceptions=True)
    async with asyncio.timeout(1):
        await asyncio.sleep(0.5)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job())
    except* ValueError as eg:
        print(eg.exceptions)
    x = await a.b(c)
    y = await a ** 2
    z = -await a

asyncio.run(main())
