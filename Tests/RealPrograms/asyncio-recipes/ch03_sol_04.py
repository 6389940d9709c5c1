# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_03/sol_04.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def coroutine_to_run():
    print(await asyncio.sleep(1, result="I have finished!"))


async def main():
    task = asyncio.create_task(coroutine_to_run())
    await task


asyncio.run(main())
