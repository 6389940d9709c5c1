# Source: https://github.com/android156/asyncio/blob/75ceccb23ab62b64dba57492c96aaf4460b8f693/task47_saluts.py
# (solutions to a Russian-language asyncio course on stepik.org, by GitHub user android156).
# Adapted: seeded the random generator (line marked "adapted") so the run is reproducible.
import asyncio
import random
import itertools
random.seed(1)  # adapted

shapes = ["circle", "star", "square", "diamond", "heart"]
colors = ["red", "blue", "green", "yellow", "purple"]
actions = ["change_color", "explode", "disappear"]

async def launch_firework(shape, color, action):
    print(f"Запущен {color} {shape} салют, в форме {action}!!!")
    await asyncio.sleep(random.randint(1, 5))
    print(f"Салют {color} {shape} завершил выступление {action}")

async def main():
    async with asyncio.TaskGroup() as tg:
        [tg.create_task(launch_firework(shape, color, action)) for shape, color, action in itertools.product(shapes, colors, actions)]

asyncio.run(main())
