# Source: written for Interleave's corpus in the style of Python 3.11 "TaskGroup and except*" tutorials (not from a public source)
# Adapted: nothing
import asyncio


class ValidationError(Exception):
    pass


class NetworkError(Exception):
    pass


async def job(n: int):
    await asyncio.sleep(n * 0.1)
    if n == 3:
        raise ValidationError(f"bad input {n}")
    if n == 5:
        raise NetworkError(f"connection reset in job {n}")
    print(f"job {n} complete")
    return n * 10


async def long_job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("long_job cancelled by the group")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(n)) for n in range(1, 7)]
            tg.create_task(long_job())
    except* ValidationError as eg:
        print("validation errors:", [str(e) for e in eg.exceptions])
    except* NetworkError as eg:
        print("network errors:", [str(e) for e in eg.exceptions])
    for i, t in enumerate(tasks, 1):
        if t.cancelled():
            print(f"task {i}: cancelled")
        elif t.exception():
            print(f"task {i}: failed with {t.exception()!r}")
        else:
            print(f"task {i}: result {t.result()}")

    async with asyncio.TaskGroup() as tg:
        ok = [tg.create_task(job(n), name=f"ok-{n}") for n in (1, 2)]
    print("all ok:", [t.result() for t in ok], [t.get_name() for t in ok])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(3))
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body error:", eg.exceptions)
    except* ValidationError as eg:
        print("never:", eg)


asyncio.run(main())
