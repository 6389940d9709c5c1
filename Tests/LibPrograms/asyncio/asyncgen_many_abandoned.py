# Hundreds of async generators abandoned mid-iteration: each is finalized
# (aclose() in its own task) once its last reference goes, in drop order.
import asyncio

closed = []


async def numbers(i):
    try:
        yield i
        yield i + 1
    finally:
        closed.append(i)


async def main():
    for i in range(300):
        async for _ in numbers(i):
            break
    print('right after the loop', len(closed))
    await asyncio.sleep(0)
    print('one pass later', len(closed))
    await asyncio.sleep(0)
    print('two passes later', len(closed), closed[:3], closed[-1])
    print('tasks left', len(asyncio.all_tasks()))


asyncio.run(main())
