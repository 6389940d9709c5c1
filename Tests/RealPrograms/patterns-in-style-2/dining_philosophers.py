# Source: written for Interleave's corpus in the style of the dining philosophers problem solved with asyncio locks (not from a public source)
# Adapted: nothing
import asyncio


async def philosopher(i, forks, meals, log, rounds=3):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for r in range(rounds):
        log.append(f"P{i} thinking")
        await asyncio.sleep(0.1 * ((i + r) % 3 + 1))
        async with first:
            await asyncio.sleep(0)
            async with second:
                meals[i] += 1
                log.append(f"P{i} eating (meal {meals[i]})")
                await asyncio.sleep(0.2)


async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    meals = [0] * n
    log = []
    await asyncio.wait_for(asyncio.gather(*(philosopher(i, forks, meals, log) for i in range(n))), timeout=30)
    for line in log:
        print(line)
    print("meals:", meals)
    print("all forks free:", not any(f.locked() for f in forks))


asyncio.run(main())
