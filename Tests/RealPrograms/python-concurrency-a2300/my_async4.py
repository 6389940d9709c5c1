# Source: https://github.com/a2300/python-concurrency/blob/e7983b8c1a61d301b1dda919344e698e1f8751ad/my_async4.py
# (asyncio exercises from a Python concurrency study repository, by GitHub user a2300).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import time

async def greet_after_delay(name):
    print(f"Starting {name}...")
    await asyncio.sleep(2)
    print(f"Hello, {name}!")

async def main():
    start = time.perf_counter()
    
    await asyncio.gather(
        greet_after_delay("Alice"),
        greet_after_delay("Bob"),
        greet_after_delay("Charlie")
    )
        
    elapsed = time.perf_counter() - start
    print(f"Total time: {elapsed:.2f} seconds")

asyncio.run(main())
