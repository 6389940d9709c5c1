# Source: https://github.com/rednafi/think-async/blob/bd26580f353073210c0d00df614ae1faac42c6a2/patterns/limit_concurrent_request.py
# ("Think Async" asyncio patterns) by Redowan Delowar (rednafi).
# Adapted: the sandbox has no network: `import httpx` is replaced by a stand-in client whose GET sleeps 0.1 s and answers 200 (lines marked "adapted").
"""
This script makes 30 GET requests to a URL. However, it sends them in a batch of
10 requests and sleeps for 2 seconds between subsequent requests. The effective
concurrency is roughly 3 requests per second.

To run the script, install httpx with `pip install httpx`. Then run-

`time python -m examples.limit_concurrent_request`


"""

from __future__ import annotations

import asyncio

import types  # adapted


class httpx:  # adapted: no network in the sandbox; a GET stands in as a 0.1 s sleep
    class AsyncClient:  # adapted
        async def __aenter__(self):  # adapted
            return self  # adapted

        async def __aexit__(self, *exc_info):  # adapted
            return None  # adapted

        async def get(self, url):  # adapted
            await asyncio.sleep(0.1)  # adapted
            return types.SimpleNamespace(status_code=200)  # adapted

MAX_CONSUMERS = 30


async def make_request(url: str) -> int:
    async with httpx.AsyncClient() as client:
        response = await client.get(url)
        print(response.status_code)
        await asyncio.sleep(1)
        return response.status_code


async def safe_make_request(url: str, limit: asyncio.Semaphore) -> int:
    async with limit:
        result = await make_request(url)

        if limit.locked():
            print("\nlimit reached, sleeping for 2 seconds...\n")
            await asyncio.sleep(1.5)

        return result


async def orchestrator() -> None:
    token = "c1u0d7qad3ifani3q2rg"
    url = f"https://finnhub.io/api/v1/forex/rates?base=USD&token={token}"
    limit = asyncio.Semaphore(10)  # type: asyncio.Semaphore

    tasks = [safe_make_request(url, limit) for _ in range(MAX_CONSUMERS)]
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(orchestrator())
