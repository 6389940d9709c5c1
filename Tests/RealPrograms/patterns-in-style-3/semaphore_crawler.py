# Source: written for Interleave's corpus in the style of bounded web-crawler tutorials (Semaphore, fake fetches, urllib.parse) (not from a public source)
# Adapted: a dictionary of fake pages stands in for the network
import asyncio
import re
from urllib.parse import urljoin, urlparse, urlunparse, parse_qs, urlencode, quote, unquote

SITE = {
    "https://example.com/": '<a href="/about">About</a> <a href="/blog/">Blog</a> <a href="https://other.org/x">ext</a>',
    "https://example.com/about": '<a href="/">home</a> <a href="team?page=1&sort=name">team</a>',
    "https://example.com/blog/": '<a href="post-1">p1</a> <a href="./post-2#comments">p2</a> <a href="../about">about</a>',
    "https://example.com/blog/post-1": '<a href="/blog/post-2">next</a> <a href="/missing">broken</a>',
    "https://example.com/blog/post-2": '<a href="/blog/">up</a> <a href="mailto:me@example.com">mail</a>',
    "https://example.com/team?page=1&sort=name": '<a href="team?page=2&sort=name">more</a>',
    "https://example.com/team?page=2&sort=name": 'the end',
}
HREF = re.compile(r'href="([^"]+)"')


class FetchError(Exception):
    pass


class Crawler:
    def __init__(self, root, concurrency=2):
        self.root = root
        self.host = urlparse(root).netloc
        self.sem = asyncio.Semaphore(concurrency)
        self.seen = {root}
        self.order = []
        self.errors = {}
        self.active = 0
        self.peak = 0

    async def fetch(self, url):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                await asyncio.sleep(0.1 + 0.01 * (len(url) % 5))
                if url not in SITE:
                    raise FetchError(f"404 for {urlparse(url).path}")
                return SITE[url]
            finally:
                self.active -= 1

    def normalize(self, base, href):
        absolute = urljoin(base, href)
        parts = urlparse(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != self.host:
            return None
        return urlunparse(parts._replace(fragment=""))

    async def visit(self, url, depth):
        try:
            body = await self.fetch(url)
        except FetchError as exc:
            self.errors[url] = str(exc)
            return
        self.order.append((depth, url))
        children = []
        for href in HREF.findall(body):
            link = self.normalize(url, href)
            if link and link not in self.seen:
                self.seen.add(link)
                children.append(self.visit(link, depth + 1))
        await asyncio.gather(*children)


async def main():
    crawler = Crawler("https://example.com/", concurrency=2)
    await crawler.visit(crawler.root, 0)
    for depth, url in crawler.order:
        print("  " * depth + url)
    print("errors:", crawler.errors)
    print("peak concurrency:", crawler.peak, "seen:", len(crawler.seen))
    u = urlparse("https://user:pw@example.com:8443/a/b;params?q=1&q=2&x=y#frag")
    print(u)
    print(u.hostname, u.port, u.username, u.password, parse_qs(u.query), u.geturl())
    print(urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), quote("a b/c?d"), quote("a b/c", safe=""), unquote("%E2%82%AC%20x"))
    print(urljoin("http://a/b/c/d;p?q", "../../g"), urljoin("http://a/b/", "//other/x"), urljoin("http://a/b", "?y"))


asyncio.run(main())
