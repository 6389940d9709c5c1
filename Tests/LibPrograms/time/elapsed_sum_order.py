# time.monotonic() is the run's elapsed virtual time: each loop-clock jump
# and each blocking sleep added in the order they happened (floats: the
# order shows in the last digits), across loops and outside them.
import asyncio
import time


async def ticker(delays):
    for d in delays:
        await asyncio.sleep(d)
        print(f"{time.monotonic()!r} loop={asyncio.get_running_loop().time()!r}")


async def main():
    time.sleep(2)
    await ticker([0.1, 0.7, 0.3, 0.001])
    time.sleep(0.2)
    print(repr(time.monotonic()))

time.sleep(0.3)
print(repr(time.monotonic()))
asyncio.run(main())
asyncio.run(ticker([0.1, 0.2, 0.3]))
time.sleep(0.7)
print(repr(time.monotonic()), repr(time.time()))
