# An uncaught KeyboardInterrupt (here from a task) ends the run with
# status 130, as CPython killed by SIGINT.
import asyncio


async def main():
    print("start")
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt


asyncio.run(main())
