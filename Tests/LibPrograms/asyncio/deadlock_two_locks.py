# Two tasks take two locks in opposite order: a deadlock (exit status 3).
import asyncio


async def worker(name, first, second):
    async with first:
        print(name, 'holds its first lock')
        await asyncio.sleep(1)
        print(name, 'wants its second lock')
        async with second:
            print('unreachable')


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    try:
        await asyncio.gather(worker('left', a, b), worker('right', b, a))
    finally:
        print('finally blocks do not run on deadlock')


asyncio.run(main())
