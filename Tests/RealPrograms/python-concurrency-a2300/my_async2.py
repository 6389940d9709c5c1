# Source: https://github.com/a2300/python-concurrency/blob/e7983b8c1a61d301b1dda919344e698e1f8751ad/my_async2.py
# (asyncio exercises from a Python concurrency study repository, by GitHub user a2300).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def greering_after_delay():
    print("Starting...")
    await asyncio.sleep(2)
    print(f"Hello")

asyncio.run(greering_after_delay())
