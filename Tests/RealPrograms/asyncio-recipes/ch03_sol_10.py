# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_03/sol_10.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def print_delayed(delay, text, result):
    print(await asyncio.sleep(delay, text))
    return result


async def main():
    workload = [
        print_delayed(1, "Printing this after 1 second", 1),
        print_delayed(1, "Printing this after 1 second", 2),
        print_delayed(1, "Printing this after 1 second", 3),
    ]

    results = await asyncio.gather(*workload)
    print(results)


asyncio.run(main())
