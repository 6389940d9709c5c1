# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-asyncio/tasks.py
# (Real Python, https://realpython.com/async-io-python/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def main():
    task = asyncio.create_task(coro([3, 2, 1]))
    print(f"{type(task) = }")
    print(f"{task.done() = }")
    return await task


async def coro(numbers):
    await asyncio.sleep(min(numbers))
    return list(reversed(numbers))


if __name__ == "__main__":
    result = asyncio.run(main())
    print(f"result: {result}")
