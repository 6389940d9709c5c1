# The iterator of a future's __await__ (FutureIter) is its own iterator:
# a Task subclass overriding __await__ may iterate it.
import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    it = fut.__await__()
    print(type(it).__name__, iter(it) is it)
    fut.set_result(5)
    try:
        next(it)
    except StopIteration as e:
        print("stop", e.value)
asyncio.run(main())
