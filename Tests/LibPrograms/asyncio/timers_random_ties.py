# Seeded random timers with many equal deadlines, random cancellations and
# timers added from callbacks: the firing order is the timer heap's order.
import asyncio
import random

random.seed(11)


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = []

    def fire(label):
        fired.append(label)
        if random.random() < 0.2:
            handles.append(loop.call_later(random.choice([0, 0.5, 1]), fire, label + '+'))

    for round_no in range(6):
        for i in range(random.randint(5, 40)):
            delay = random.choice([0, 0.5, 1, 1, 1, 2, 2.5])
            handles.append(loop.call_later(delay, fire, f'{round_no}.{i}'))
        for h in random.sample(handles, len(handles) // 4):
            h.cancel()
        await asyncio.sleep(random.choice([0, 0.5, 1, 3]))
        print(round_no, loop.time(), fired)
        fired.clear()
    await asyncio.sleep(10)
    print('rest', fired)


asyncio.run(main())
