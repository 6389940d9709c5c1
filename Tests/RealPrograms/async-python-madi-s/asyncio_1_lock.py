# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/2%20Sync%20Primitives%20%26%20Data%20Transfer/1_lock.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


class PackOfChips:
    def __init__(self):
        self._lock = asyncio.Lock()

    async def reverse(self):
        await self._lock.acquire()

    def cheeps(self):
        self._lock.release()


async def handle(name: str, pack: PackOfChips):
    await pack.reverse()
    print(f'{name} has put hand in pack of chips')
    await asyncio.sleep(1)
    pack.cheeps()
    print(f'{name} has taken chips')


async def main():
    people = ['Jim', 'Alex', 'Ashely', 'Karl']
    pack = PackOfChips()
    await asyncio.gather(*[handle(name, pack) for name in people])


if __name__ == '__main__':
    asyncio.run(main())

# >>> Jim has put hand in pack of chips
# >>> Jim has taken chips
# >>> Alex has put hand in pack of chips
# >>> Alex has taken chips
# >>> Ashely has put hand in pack of chips
# >>> Ashely has taken chips
# >>> Karl has put hand in pack of chips
# >>> Karl has taken chips
