# Source: written for Interleave's corpus in the style of course exercises on asyncio synchronisation primitives (not from a public source)
# Adapted: nothing
import asyncio


async def parking_lot():
    spots = asyncio.BoundedSemaphore(2)

    async def car(n):
        print(f"car {n} arrives (free={spots._value})")
        async with spots:
            print(f"car {n} parks")
            await asyncio.sleep(0.3 + 0.1 * n)
        print(f"car {n} leaves")

    await asyncio.gather(*(car(i) for i in range(4)))
    try:
        spots.release()
    except ValueError as e:
        print("ValueError:", e)


async def start_gun():
    go = asyncio.Event()
    finish = []

    async def runner(n):
        await go.wait()
        await asyncio.sleep(n * 0.1)
        finish.append(n)

    tasks = [asyncio.create_task(runner(n)) for n in (3, 1, 2)]
    await asyncio.sleep(0.5)
    print("ready... go!")
    go.set()
    await asyncio.gather(*tasks)
    print("finish order:", finish)
    go.clear()
    print("event cleared:", not go.is_set())
    try:
        await asyncio.wait_for(go.wait(), 0.1)
    except TimeoutError:
        print("nobody set the event again")


async def main():
    await parking_lot()
    await start_gun()


asyncio.run(main())
