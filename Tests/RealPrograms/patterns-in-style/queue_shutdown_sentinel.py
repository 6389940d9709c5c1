# Source: written for Interleave's corpus in the style of "stopping queue consumers with sentinels" examples (not from a public source)
# Adapted: nothing
import asyncio

SENTINEL = object()


async def reader(lines, out: asyncio.Queue):
    for line in lines:
        await asyncio.sleep(0.02)
        await out.put(line)
    await out.put(SENTINEL)


async def parser(inp: asyncio.Queue, out: asyncio.Queue, n_parsers: int):
    while True:
        item = await inp.get()
        if item is SENTINEL:
            await inp.put(SENTINEL)
            await out.put(SENTINEL)
            return
        key, _, value = item.partition("=")
        await asyncio.sleep(0.05)
        await out.put((key.strip(), value.strip()))


async def writer(inp: asyncio.Queue, n_parsers: int):
    config = {}
    finished = 0
    while finished < n_parsers:
        item = await inp.get()
        if item is SENTINEL:
            finished += 1
            continue
        config[item[0]] = item[1]
    return config


async def main():
    lines = ["host = localhost", "port=8080", "debug = true", "name= demo ", "workers =4"]
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=2)
    n = 3
    _, *_, config = await asyncio.gather(
        reader(lines, q1), *(parser(q1, q2, n) for _ in range(n)), writer(q2, n))
    for k in sorted(config):
        print(f"{k:>8} -> {config[k]!r}")
    print("leftover sentinel:", q1.qsize())


asyncio.run(main())
