# gather of thousands of coroutines, repeatedly: each coroutine awaits a
# short chain of helpers and one sleep(0); some rounds nest gathers and use
# return_exceptions with failing coroutines.
import asyncio


async def leaf(i):
    await asyncio.sleep(0)
    if i % 97 == 96:
        raise ValueError(i)
    return i * 3


async def middle(i):
    try:
        return await leaf(i) + 1
    except ValueError:
        return -1


async def main():
    total = 0
    for rnd in range(13):
        results = await asyncio.gather(*(middle(i + rnd) for i in range(5000)))
        total += sum(results)
        nested = await asyncio.gather(
            *(asyncio.gather(*(leaf(j * 10 + k) for k in range(10)),
                             return_exceptions=True)
              for j in range(300)))
        errors = sum(isinstance(x, ValueError) for group in nested for x in group)
        total += errors
    print(total, errors, asyncio.get_running_loop().time())


asyncio.run(main())
