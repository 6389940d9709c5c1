# Source: written for Interleave's corpus in the style of "logging from asyncio tasks" examples (not from a public source)
# Adapted: nothing
import asyncio
import logging
import sys

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="%(asctime)s %(name)s [%(taskName)s] %(levelname)s %(message)s" if sys.version_info >= (3, 12)
    else "%(name)s %(funcName)s:%(lineno)d %(levelname)s %(message)s",
)
logger = logging.getLogger("crawler")


async def crawl(url: str, depth: int):
    logger.debug("crawling %s at depth %d", url, depth)
    await asyncio.sleep(0.1 * depth)
    if "bad" in url:
        logger.error("failed to crawl %s", url)
        raise ValueError(url)
    links = [f"{url}/{i}" for i in range(depth)]
    logger.info("found %d links on %s", len(links), url)
    return links


async def main():
    urls = ["http://a.test", "http://bad.test", "http://c.test"]
    results = await asyncio.gather(*(crawl(u, i + 1) for i, u in enumerate(urls)), return_exceptions=True)
    for url, res in zip(urls, results):
        if isinstance(res, Exception):
            logger.warning("skipping %s: %r", url, res)
        else:
            logger.info("%s -> %s", url, res)
    try:
        await crawl("http://bad.again", 1)
    except ValueError:
        logger.exception("crawl blew up")
    child = logger.getChild("stats")
    child.setLevel(logging.WARNING)
    child.info("hidden")
    child.warning("visible from %s", child.name)
    print(logger.getEffectiveLevel(), child.getEffectiveLevel(), logging.getLevelName(child.level))


asyncio.run(main())
