# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_03/sol_09.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def print_delayed(delay, text):
    print(await asyncio.sleep(delay, text))


async def main():
    await print_delayed(1, "Printing this after 1 second")
    await print_delayed(1, "Printing this after 2 seconds")
    await print_delayed(1, "Printing this after 3 seconds")


asyncio.run(main())
