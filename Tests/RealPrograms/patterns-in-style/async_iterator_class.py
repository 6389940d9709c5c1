# Source: written for Interleave's corpus in the style of "writing async iterators with __aiter__/__anext__" lessons (not from a public source)
# Adapted: nothing
import asyncio


class Countdown:
    def __init__(self, start: int, delay: float = 0.1):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1


class Paginator:
    """Fetches pages of results lazily."""

    def __init__(self, total: int, page_size: int):
        self.total = total
        self.page_size = page_size

    async def fetch_page(self, page: int):
        await asyncio.sleep(0.05)
        start = page * self.page_size
        return list(range(start, min(start + self.page_size, self.total)))

    async def __aiter__(self):
        page = 0
        while True:
            items = await self.fetch_page(page)
            if not items:
                return
            for item in items:
                yield item
            page += 1


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    items = [i async for i in Paginator(11, 4) if i % 2]
    print("odd items:", items)
    it = aiter(Countdown(2, 0))
    print(await anext(it), await anext(it), await anext(it, None))
    results = await asyncio.gather(*[anext(aiter(Countdown(k))) for k in (5, 6)])
    print(results)
    print(type(Paginator(1, 1).__aiter__()).__name__)


asyncio.run(main())
