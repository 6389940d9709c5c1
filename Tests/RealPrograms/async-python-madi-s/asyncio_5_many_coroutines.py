# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/1%20Asyncio%20Entities/5_many_coroutines.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: the unseeded `random` is seeded with 0 (the line marked "adapted") so that the output is reproducible.
import asyncio
import random
random.seed(0)  # adapted


async def random_sleep(i: int):
    delay = random.randint(1, 4)
    print(f'[START {i}] Sleeping for {delay} seconds')
    await asyncio.sleep(delay)
    print(f'[END {i}] Sleeping for {delay} seconds')


async def main():
    await asyncio.gather(random_sleep(1), random_sleep(2), random_sleep(3))


if __name__ == '__main__':
    asyncio.run(main())
