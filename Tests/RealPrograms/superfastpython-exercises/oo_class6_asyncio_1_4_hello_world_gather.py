# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/class6-asyncio/1-4-hello-world-gather.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import time 

async def print_after(message, delay):
  #print a message after the sepcified delay (in seconds)
    await asyncio.sleep(delay)
    print(f"{time.ctime()} - {message} ")

async def main():
   #Use asynico.gather to run two corountines concurrenyly
   await asyncio.gather(
       print_after("world!", 2),
       print_after("world!", 1),
   )

asyncio.run(main())