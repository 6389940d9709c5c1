# Source: written for Interleave's corpus in the style of queueing-theory simulations with asyncio (bank tellers) (not from a public source)
# Adapted: nothing
import asyncio
import random
import statistics

random.seed(3)


async def customer_arrivals(queue, n, log):
    loop = asyncio.get_running_loop()
    for cid in range(n):
        await asyncio.sleep(round(random.expovariate(2.0), 2))
        await queue.put((cid, loop.time(), round(random.uniform(0.3, 1.2), 2)))
        log.append(f"{loop.time():5.2f} customer {cid} arrives (queue={queue.qsize()})")
    for _ in range(3):
        await queue.put(None)


async def teller(name, queue, waits, log):
    loop = asyncio.get_running_loop()
    served = 0
    while (item := await queue.get()) is not None:
        cid, arrived, service = item
        waits.append(loop.time() - arrived)
        await asyncio.sleep(service)
        served += 1
        log.append(f"{loop.time():5.2f} {name} finished customer {cid}")
    return name, served


async def main():
    queue = asyncio.Queue()
    waits, log = [], []
    arrivals = asyncio.create_task(customer_arrivals(queue, 12, log))
    tellers = [teller(f"teller-{c}", queue, waits, log) for c in "ABC"]
    results = await asyncio.gather(*tellers)
    await arrivals
    print("\n".join(log))
    print(dict(results))
    print(f"mean wait {statistics.mean(waits):.3f}s, max wait {max(waits):.3f}s")
    print(f"quantiles {[round(q, 3) for q in statistics.quantiles(waits, n=4)]}")


asyncio.run(main())
