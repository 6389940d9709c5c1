# Source: written for Interleave's corpus in the style of the classic "sleep sort" joke and task ordering quizzes (not from a public source)
# Adapted: nothing
import asyncio


async def sleep_sort(values):
    result = []

    async def put(v):
        await asyncio.sleep(v / 100)
        result.append(v)

    await asyncio.gather(*(put(v) for v in values))
    return result


async def say(what, when):
    await asyncio.sleep(when)
    print(what)


async def main():
    print(await sleep_sort([5, 3, 9, 1, 7, 3, 0]))
    t1 = asyncio.create_task(say("first task", 0))
    t2 = asyncio.create_task(say("second task", 0))
    print("before awaiting")
    await asyncio.sleep(0)
    print("after one yield")
    await t1, await t2
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon 1")
    loop.call_soon(print, "call_soon 2")
    asyncio.create_task(say("task 3", 0))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future done")
    print(await fut)
    await asyncio.sleep(0.01)
    print("end")


asyncio.run(main())
