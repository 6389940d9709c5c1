# Source: written for Interleave's corpus in the style of "retry with exponential backoff" tutorials (not from a public source)
# Adapted: nothing
import asyncio
import functools
import logging
import random

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s",
                    stream=__import__("sys").stdout)
log = logging.getLogger("retry")
random.seed(42)


class TransientError(Exception):
    pass


def retry(attempts=4, base_delay=0.1, exceptions=(TransientError,)):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        log.error("%s failed after %d attempts: %s", func.__name__, attempt, exc)
                        raise
                    log.warning("%s attempt %d failed (%s); retrying in %.2fs",
                                func.__name__, attempt, exc, delay)
                    await asyncio.sleep(delay)
                    delay *= 2
        return wrapper
    return decorator


calls = {}


@retry(attempts=4)
async def flaky_fetch(resource: str) -> str:
    calls[resource] = calls.get(resource, 0) + 1
    await asyncio.sleep(0.05)
    if random.random() < 0.6:
        raise TransientError(f"{resource} unavailable")
    return f"<{resource} payload>"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(
        *(flaky_fetch(f"res{i}") for i in range(5)), return_exceptions=True)
    for i, r in enumerate(results):
        status = "ok" if not isinstance(r, Exception) else f"error {r!r}"
        print(f"res{i}: {status} after {calls[f'res{i}']} call(s)")
    print(f"elapsed {loop.time() - start:.2f}")
    print(flaky_fetch.__name__, flaky_fetch.__wrapped__.__name__)


asyncio.run(main())
