# Source: https://github.com/vgvr0/asyncio-examples/blob/004be6dd8894558cd5f02252e047af025b8b3bfc/example5.py
# ("Ejemplos de Asyncio en Python", a Spanish-language set of asyncio examples by GitHub user vgvr0).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def count():
    print("One")
    await asyncio.sleep(1)
    print("Two")

async def main():
    await asyncio.gather(count(), count(), count())

if __name__ == "__main__":
    import time
    start = time.time()
    asyncio.run(main())
    end = time.time()
    print(f"Executed in {end - start:.2f} seconds.")
