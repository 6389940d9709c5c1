# Source: https://github.com/a2300/python-concurrency/blob/e7983b8c1a61d301b1dda919344e698e1f8751ad/my_async10.py
# (asyncio exercises from a Python concurrency study repository, by GitHub user a2300).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def slow_operation():
    print("Starting slow operation...")
    await asyncio.sleep(5)
    return "Done"

async def main():
    try:
        result = await asyncio.wait_for(slow_operation(), timeout=3)
        print(f"Result: {result}")
    except asyncio.TimeoutError:
        print("The operation timed out!") 

asyncio.run(main())
