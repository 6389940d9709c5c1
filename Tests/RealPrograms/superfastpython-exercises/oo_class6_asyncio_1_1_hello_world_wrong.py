# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/class6-asyncio/1-1-hello-world-wrong.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import time

async def print_after(message,delay):
    """Print a message after the specified  delay (in seconds)"""
    await asyncio.sleep(delay)
    print(f"{time.ctime()}-{message}")

async def main():
    #Start coroutine twice (hopefully they start!)   
    first_awaitable = print_after("world!",2)
    second_awaitable = print_after("Hello",1)
    #Wait for corotines to finish
    await first_awaitable
    await second_awaitable

asyncio.run(main())