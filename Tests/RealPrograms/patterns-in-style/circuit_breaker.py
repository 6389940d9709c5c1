# Source: written for Interleave's corpus in the style of "circuit breaker pattern in asyncio" blog posts (not from a public source)
# Adapted: nothing
import asyncio
import enum
import time


class State(enum.Enum):
    CLOSED = enum.auto()
    OPEN = enum.auto()
    HALF_OPEN = enum.auto()


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, max_failures=3, reset_timeout=1.0):
        self.max_failures = max_failures
        self.reset_timeout = reset_timeout
        self.failures = 0
        self.state = State.CLOSED
        self.opened_at = 0.0

    async def call(self, coro_fn, *args):
        if self.state is State.OPEN:
            if time.monotonic() - self.opened_at >= self.reset_timeout:
                self.state = State.HALF_OPEN
                print("  breaker: half-open, trying one call")
            else:
                raise CircuitOpenError("circuit is open")
        try:
            result = await coro_fn(*args)
        except Exception:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.max_failures:
                self.state = State.OPEN
                self.opened_at = time.monotonic()
                print(f"  breaker: OPEN after {self.failures} failure(s)")
            raise
        else:
            self.failures = 0
            self.state = State.CLOSED
            return result


healthy_after = 2.5


async def remote_service(i):
    await asyncio.sleep(0.1)
    if time.monotonic() < healthy_after:
        raise ConnectionError(f"call {i} failed")
    return f"call {i} ok"


async def main():
    global healthy_after
    healthy_after = time.monotonic() + 2.5
    breaker = CircuitBreaker(max_failures=3, reset_timeout=1.0)
    for i in range(12):
        try:
            print(await breaker.call(remote_service, i))
        except CircuitOpenError as e:
            print(f"call {i}: rejected ({e})")
        except ConnectionError as e:
            print(f"call {i}: error ({e})")
        print(f"  state={breaker.state.name}")
        await asyncio.sleep(0.3)


asyncio.run(main())
