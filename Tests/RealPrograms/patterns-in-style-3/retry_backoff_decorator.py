# Source: written for Interleave's corpus in the style of retry-with-backoff tutorials (not from a public source)
# Adapted: nothing
import asyncio
import functools
import random
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")


class TransientError(Exception):
    pass


class PermanentError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f"{self.code}: {self.reason}"


class RetriesExhausted(Exception):
    pass


def retry(attempts=4, base=0.1, factor=2.0, retry_on=(TransientError,)):
    def decorator(fn: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = base
            loop = asyncio.get_running_loop()
            for attempt in range(1, attempts + 1):
                try:
                    result = await fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        raise RetriesExhausted(f"{fn.__name__} failed after {attempts} attempts") from exc
                    jitter = random.uniform(0, delay / 10)
                    print(f"  t={loop.time():.2f} {fn.__name__} attempt {attempt} failed ({exc!r}); sleeping {delay + jitter:.3f}")
                    await asyncio.sleep(delay + jitter)
                    delay *= factor
                else:
                    print(f"  t={loop.time():.2f} {fn.__name__} succeeded on attempt {attempt}")
                    return result
        wrapper.attempts = attempts
        return wrapper
    return decorator


class FlakyService:
    def __init__(self, failures):
        self.failures = dict(failures)
        self.calls = {}

    @retry(attempts=3)
    async def fetch(self, key):
        """Fetch a key, failing a configured number of times."""
        self.calls[key] = self.calls.get(key, 0) + 1
        await asyncio.sleep(0.05)
        if self.failures.get(key, 0) > 0:
            self.failures[key] -= 1
            raise TransientError(f"timeout on {key}")
        if key == "forbidden":
            raise PermanentError(403, "forbidden")
        return key.upper()


async def main():
    random.seed(7)
    svc = FlakyService({"a": 0, "b": 1, "c": 2, "d": 5})
    print(FlakyService.fetch.__name__, FlakyService.fetch.__doc__, FlakyService.fetch.attempts)
    print(FlakyService.fetch.__wrapped__.__qualname__)
    for key in ["a", "b", "c", "d", "forbidden"]:
        try:
            value = await svc.fetch(key)
        except RetriesExhausted as exc:
            print(f"{key}: exhausted: {exc} (cause: {exc.__cause__!r})")
        except PermanentError as exc:
            print(f"{key}: permanent: {exc} args={exc.args} context={exc.__context__}")
        else:
            print(f"{key}: {value}")
    print(sorted(svc.calls.items()))
    results = await asyncio.gather(*(svc.fetch(k) for k in "xyz"), return_exceptions=True)
    print(results)


asyncio.run(main())
