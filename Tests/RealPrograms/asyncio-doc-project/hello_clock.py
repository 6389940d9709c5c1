# Source: https://github.com/asyncio-docs/asyncio-doc/blob/8ac6b818fd060163b265da42842a6fd1c5d34181/examples/hello_clock.py
# (the "Asyncio Documentation" project, https://asyncio.readthedocs.io/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def print_every_minute():
    "Print minutes for ten minutes"
    for i in range(10):
        await asyncio.sleep(60)
        print(i, 'minute')


async def print_every_second():
    "Print seconds for ten minutes"
    for i in range(10 * 60):
        for i in range(60):
            print(i, 's')
            await asyncio.sleep(1)


loop = asyncio.get_event_loop()
loop.run_until_complete(
    asyncio.gather(print_every_minute(),
                   print_every_second())
)
loop.close()
