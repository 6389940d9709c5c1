# Source: written for Interleave's corpus in the style of asyncio.as_completed examples with progress reporting (not from a public source)
# Adapted: nothing
import asyncio
import time


async def fetch(site: str, delay: float) -> tuple[str, float]:
    await asyncio.sleep(delay)
    if site.endswith(".invalid"):
        raise ConnectionError(f"cannot resolve {site}")
    return site, delay


async def main():
    sites = {"alpha.com": 0.7, "beta.org": 0.2, "gamma.net": 1.1,
             "delta.invalid": 0.5, "epsilon.io": 0.3}
    start = time.perf_counter()
    coros = [fetch(s, d) for s, d in sites.items()]
    done = 0
    for fut in asyncio.as_completed(coros, timeout=1.0):
        try:
            site, delay = await fut
            done += 1
            print(f"[{done}/{len(sites)}] {site} in {delay:.1f}s "
                  f"(elapsed {time.perf_counter() - start:.1f})")
        except ConnectionError as exc:
            done += 1
            print(f"[{done}/{len(sites)}] error: {exc}")
        except asyncio.TimeoutError:
            print(f"timed out with {len(sites) - done} site(s) outstanding")
            break
    await asyncio.sleep(0.5)
    print("done")


asyncio.run(main())
