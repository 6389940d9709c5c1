# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_02/sol_09_1_option_2.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: the unseeded `random` is seeded with 0 (the line marked "adapted") so that the output is reproducible.
import asyncio
import random
random.seed(0)  # adapted


async def work(i):
    print(await asyncio.sleep(random.randint(0, i), result=f"Concurrent work {i}"))


loop = asyncio.get_event_loop()
tasks = [asyncio.ensure_future(work(i)) for i in range(10)]
loop.run_until_complete(asyncio.gather(*tasks))
