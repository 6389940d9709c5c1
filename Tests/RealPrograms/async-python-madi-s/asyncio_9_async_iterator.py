# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/1%20Asyncio%20Entities/9_async_iterator.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import random


class Crowd:
    def __init__(self, people: list[str]):
        self._people = people
        self._i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._i >= len(self._people):
            raise StopAsyncIteration

        person = self._people[self._i]
        self._i += 1
        delay = random.randint(1, 4)
        
        # let us imagine this is a request
        await asyncio.sleep(delay)

        return person


async def main():
    crowd = Crowd(['Alex', 'Tim', 'John', 'Matthew'])
    async for i in crowd:
        print(i)


if __name__ == '__main__':
    asyncio.run(main())
