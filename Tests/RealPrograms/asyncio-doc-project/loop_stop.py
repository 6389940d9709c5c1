# Source: https://github.com/asyncio-docs/asyncio-doc/blob/8ac6b818fd060163b265da42842a6fd1c5d34181/examples/loop_stop.py
# (the "Asyncio Documentation" project, https://asyncio.readthedocs.io/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def say(what, when):
    await asyncio.sleep(when)
    print(what)

async def stop_after(loop, when):
    await asyncio.sleep(when)
    loop.stop()


loop = asyncio.get_event_loop()

loop.create_task(say('first hello', 2))
loop.create_task(say('second hello', 1))
loop.create_task(say('third hello', 4))
loop.create_task(stop_after(loop, 3))

loop.run_forever()
loop.close()
