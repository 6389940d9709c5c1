# Source: written for Interleave's corpus in the style of "debounce and throttle in asyncio" snippets (not from a public source)
# Adapted: nothing
import asyncio
import functools


def debounce(wait: float):
    def decorator(fn):
        task = None

        @functools.wraps(fn)
        async def wrapper(*args):
            nonlocal task
            if task is not None and not task.done():
                task.cancel()

            async def later():
                await asyncio.sleep(wait)
                await fn(*args)

            task = asyncio.create_task(later())
            return task
        return wrapper
    return decorator


def throttle(period: float):
    def decorator(fn):
        last = None

        @functools.wraps(fn)
        async def wrapper(*args):
            nonlocal last
            now = asyncio.get_running_loop().time()
            if last is None or now - last >= period:
                last = now
                return await fn(*args)
            return None
        return wrapper
    return decorator


@debounce(0.3)
async def save(text):
    print(f"saving {text!r} at {asyncio.get_running_loop().time() - T0:.1f}")


@throttle(0.5)
async def scroll(pos):
    print(f"scroll handled at pos {pos}")
    return pos


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    for text in ["h", "he", "hel", "hell", "hello"]:
        t = await save(text)
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    await save("hello world")
    await asyncio.sleep(0.4)
    handled = []
    for pos in range(0, 200, 10):
        r = await scroll(pos)
        if r is not None:
            handled.append(r)
        await asyncio.sleep(0.1)
    print("handled:", handled)
    print(save.__name__, scroll.__wrapped__.__name__)


asyncio.run(main())
