# Source: written for Interleave's corpus in the style of "limit concurrency with asyncio.Semaphore" tutorials (not from a public source)
# Adapted: nothing
import asyncio
from dataclasses import dataclass, field


@dataclass
class Stats:
    active: int = 0
    peak: int = 0
    finished: list = field(default_factory=list)


async def download(url: str, size: int, sem: asyncio.Semaphore, stats: Stats) -> int:
    async with sem:
        stats.active += 1
        stats.peak = max(stats.peak, stats.active)
        print(f"start {url:<24} active={stats.active}")
        await asyncio.sleep(size / 100)
        stats.active -= 1
        stats.finished.append(url)
        print(f"done  {url:<24} ({size} KB)")
        return size


async def main():
    sem = asyncio.Semaphore(3)
    stats = Stats()
    files = {f"https://example.com/f{i}.bin": (i * 37) % 90 + 10 for i in range(8)}
    sizes = await asyncio.gather(*(download(u, s, sem, stats) for u, s in files.items()))
    print(f"downloaded {sum(sizes)} KB, peak concurrency {stats.peak}")
    print("finish order:", [u.rsplit('/', 1)[1] for u in stats.finished])
    print(stats.__class__.__name__, sem.locked(), repr(sem)[-20:])


asyncio.run(main())
