# Source: https://github.com/pepemxl/asyncio_by_example/blob/c243321bf280ec9a7cd148563bb5c878833c58e7/src/capitulo_02/section_05/02_futures.py
# (a Spanish-language "asyncio by example" course, by GitHub user pepemxl).
# Adapted: nothing; the file is unmodified below this header.
from asyncio import Future
import asyncio

def make_request() -> Future:
    future = Future()
    asyncio.create_task(set_future_value(future))
    return future

async def set_future_value(future) -> None:
    await asyncio.sleep(1)
    future.set_result(42)

async def main():
    future = make_request()
    print(f'Esta el futuro terminado? {future.done()}')
    value = await future
    print(f'Esta el futuro terminado? {future.done()}')
    print(value)

asyncio.run(main())
