# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-asyncio/countasync.py
# (Real Python, https://realpython.com/async-io-python/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def main():
    await asyncio.gather(count(), count(), count())


async def count():
    print("One")
    await asyncio.sleep(1)
    print("Two")
    await asyncio.sleep(1)


if __name__ == "__main__":
    import time

    start = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
