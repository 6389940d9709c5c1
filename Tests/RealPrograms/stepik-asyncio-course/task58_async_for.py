# Source: https://github.com/android156/asyncio/blob/75ceccb23ab62b64dba57492c96aaf4460b8f693/task58_async_for.py
# (solutions to a Russian-language asyncio course on stepik.org, by GitHub user android156).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def my_coroutine(num):
    await asyncio.sleep(num)
    return num

async def generate_completed_tasks(tasks):
    for task in asyncio.as_completed(tasks):
        result = await task
        yield result

async def main():
    tasks = [my_coroutine(1), my_coroutine(2), my_coroutine(0.5)]
    async for result in generate_completed_tasks(tasks):
        print(result)

# Запускаем главную асинхронную функцию
asyncio.run(main())
