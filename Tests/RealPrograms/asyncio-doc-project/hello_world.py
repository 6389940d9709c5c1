# Source: https://github.com/asyncio-docs/asyncio-doc/blob/8ac6b818fd060163b265da42842a6fd1c5d34181/examples/hello_world.py
# (the "Asyncio Documentation" project, https://asyncio.readthedocs.io/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def say(what, when):
    await asyncio.sleep(when)
    print(what)

loop = asyncio.get_event_loop()
loop.run_until_complete(say('hello world', 1))
loop.close()
