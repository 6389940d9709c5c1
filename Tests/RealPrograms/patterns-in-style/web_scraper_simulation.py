# Source: written for Interleave's corpus in the style of "async web scraper" tutorials, with a stand-in for the HTTP client (not from a public source)
# Adapted: nothing
import asyncio
import re
from urllib.parse import urljoin, urlparse

PAGES = {
    "https://site.test/": '<a href="/about">About</a> <a href="/blog">Blog</a>',
    "https://site.test/about": '<a href="/">Home</a> <a href="https://other.test/">Other</a>',
    "https://site.test/blog": '<a href="/blog/1">Post 1</a> <a href="/blog/2">Post 2</a>',
    "https://site.test/blog/1": '<a href="/blog">Back</a> <a href="/missing">?</a>',
    "https://site.test/blog/2": '<a href="/blog/1">Prev</a>',
}


class FakeSession:
    def __init__(self):
        self.requests = 0

    async def get(self, url):
        self.requests += 1
        await asyncio.sleep(0.05 + 0.01 * len(url) % 0.07)
        if url not in PAGES:
            raise LookupError(f"404 {url}")
        return PAGES[url]


HREF = re.compile(r'href="([^"]+)"')


async def crawl(start: str, max_concurrency: int = 2):
    session = FakeSession()
    seen = {start}
    queue: asyncio.Queue[str] = asyncio.Queue()
    queue.put_nowait(start)
    sem = asyncio.Semaphore(max_concurrency)
    errors = []
    order = []

    async def worker():
        while True:
            url = await queue.get()
            try:
                async with sem:
                    html = await session.get(url)
                order.append(url)
                for href in HREF.findall(html):
                    link = urljoin(url, href)
                    if urlparse(link).netloc == urlparse(start).netloc and link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            except LookupError as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return order, errors, session.requests


async def main():
    order, errors, n = await crawl("https://site.test/")
    print("crawled:")
    for url in order:
        print("  ", url)
    print("errors:", errors)
    print("requests:", n)


asyncio.run(main())
