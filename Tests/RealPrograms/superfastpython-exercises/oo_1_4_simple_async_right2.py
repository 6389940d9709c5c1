# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/1-4-simple-async-right2.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import time 

async def sleep():
    print(f'Time: {time.time() - start:.2f}')
    await asyncio.sleep(1)

async def sum(name, numbers):
    total = 0
    for number in numbers:
        print(f'Task {name}: Computing {total}+{number}')
        await sleep()
        total += number
    print(f'Task {name}: Sum = {total}\n')

async def main():
    await asyncio.gather(sum("A", [1, 2]), sum("B", [1 ,2, 3]))

if __name__ == '__main__':
    start = time.time()
    asyncio.run(main())
    end = time.time()
    print(f'Time: {end-start:.2f} sec')