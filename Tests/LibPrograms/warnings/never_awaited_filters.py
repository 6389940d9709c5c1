# The RuntimeWarning of a coroutine never awaited goes through warnings:
# catch_warnings(record=True) records it, 'error' makes it unraisable (the
# program goes on), filterwarnings('ignore') silences it, 'default' shows
# it once per location.
import asyncio, warnings, gc
async def job(n):
    return n
async def main():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        job(1)
        await asyncio.sleep(0)
        gc.collect()
        print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno if w else None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        job(2)
        await asyncio.sleep(0)
        print("error filter: the exception is unraisable, the program goes on")
    warnings.filterwarnings("ignore", message="coroutine .* was never awaited")
    job(3)
    await asyncio.sleep(0)
    print("ignored")
    warnings.resetwarnings()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("default")
        for i in range(3):
            job(i)
        print("default, one location:", len(w))
asyncio.run(main())
print("end")
