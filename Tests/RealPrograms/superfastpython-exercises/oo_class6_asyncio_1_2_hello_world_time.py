# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/class6-asyncio/1-2-hello-world-time.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import time 

async def example(message):
    print("f{time.ctime} - start of :" , message)
    await asyncio.sleep(1)
    print("f{time.ctime} - end of :" , message)

async def main():
    #Start coroutine twice (Hopefully they stary!)
    first_awaitabel = example("First call")
    second_awaitbel = example("Second call")
    #Wait for coroutines to finish
    await first_awaitabel
    await second_awaitbel

asyncio.run(main())
