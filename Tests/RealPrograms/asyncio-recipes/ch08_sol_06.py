# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_08/sol_06.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: the unseeded `random` is seeded with 0 (the line marked "adapted") so that the output is reproducible.
import asyncio
import random
random.seed(0)  # adapted


async def fetch(url, *, fut: asyncio.Future):
    await asyncio.sleep(random.randint(3, 5))  # Simulating work
    fut.set_result(random.getrandbits(1024 * 8))


async def checker(responses, url, *, fut: asyncio.Future):
    result = await fut
    responses[url] = result
    print(result)


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    responses = {}
    url = "https://apress.com"
    await asyncio.gather(fetch(url, fut=future), checker(responses, url, fut=future))


asyncio.run(main())
