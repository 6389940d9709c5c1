# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_03/sol_06_option_1.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def cancellable(delay=10):
    loop = asyncio.get_running_loop()
    try:
        now = loop.time()
        print(f"Sleeping from {now} for {delay} seconds ...")
        await asyncio.sleep(delay, loop=loop)
        print(f"Slept {delay} seconds ...")
    except asyncio.CancelledError:
        print(f"Cancelled at {now} after {loop.time()-now} seconds")


async def main():
    coro = cancellable()
    task = asyncio.create_task(coro)
    await asyncio.sleep(3)
    task.cancel()


asyncio.run(main())
