# Source: written for Interleave's corpus in the style of asyncio.Barrier (3.11) examples (not from a public source)
# Adapted: nothing
import asyncio


async def runner(name: str, barrier: asyncio.Barrier, laps: int, speed: float):
    for lap in range(1, laps + 1):
        await asyncio.sleep(speed * lap)
        print(f"{name} finished lap {lap}, waiting ({barrier.n_waiting} already waiting)")
        idx = await barrier.wait()
        if idx == 0:
            print(f"--- everyone finished lap {lap} ---")


async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(" at ")[0], repr(barrier)[-20:])
    await asyncio.gather(
        runner("fast", barrier, 2, 0.1),
        runner("medium", barrier, 2, 0.2),
        runner("slow", barrier, 2, 0.35),
    )
    print("broken:", barrier.broken, "parties:", barrier.parties)

    b2 = asyncio.Barrier(2)

    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            print("lonely: barrier broken")

    t = asyncio.create_task(lonely())
    await asyncio.sleep(0.1)
    await b2.abort()
    await t
    print("b2 broken:", b2.broken)
    await b2.reset()
    print("after reset:", b2.broken)


asyncio.run(main())
