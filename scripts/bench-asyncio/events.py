# Events and conditions: a coordinator releases rounds of waiters through
# asyncio.Event (set/clear/wait), then workers take turns through an
# asyncio.Condition (wait_for/notify_all).
import asyncio

WORKERS = 100
ROUNDS = 2600


async def main():
    go = asyncio.Event()
    arrived = asyncio.Event()
    count = [0]
    total = [0]
    round_no = [0]

    async def worker(w):
        last = -1
        while True:
            await go.wait()
            r = round_no[0]
            if r == last:
                await asyncio.sleep(0)
                continue
            last = r
            if r >= ROUNDS:
                return
            total[0] += (w * r) % 11
            count[0] += 1
            if count[0] == WORKERS:
                arrived.set()

    tasks = [asyncio.create_task(worker(w)) for w in range(WORKERS)]
    for r in range(ROUNDS + 1):
        count[0] = 0
        arrived.clear()
        round_no[0] = r
        go.set()
        if r == ROUNDS:
            break
        await arrived.wait()
        go.clear()
    await asyncio.gather(*tasks)

    cond = asyncio.Condition()
    turn = [0]
    log = []

    async def taker(w, n):
        for _ in range(520):
            async with cond:
                await cond.wait_for(lambda: turn[0] % n == w)
                turn[0] += 1
                if len(log) < 10:
                    log.append(w)
                cond.notify_all()

    await asyncio.gather(*(taker(w, 20) for w in range(20)))
    print(total[0], turn[0], log, asyncio.get_running_loop().time())


asyncio.run(main())
