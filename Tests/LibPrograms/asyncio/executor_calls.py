# loop.run_in_executor and asyncio.to_thread run the call in a loop callback
# (the sandbox has no threads); await gets its result or exception.
import asyncio
import concurrent.futures
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
log = []
ticks = []


def blocking_io(n, label="io"):
    log.append(f"{label} {n} rid={request_id.get()}")
    return n * 10


def fails():
    raise ValueError("bad input")


async def ticker():
    for i in range(3):
        ticks.append(i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    fut = loop.run_in_executor(None, blocking_io, 1)
    print(type(fut).__name__, fut.done())
    print(await fut)
    request_id.set("r-42")
    print(await asyncio.to_thread(blocking_io, 2, label="thread"))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("caught", type(e).__name__, e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, i, "pool") for i in range(3)))
        print(results)
    try:
        loop.run_in_executor(pool, blocking_io, 9)
    except RuntimeError as e:
        print("RuntimeError", e)
    await t
    print("\n".join(log), ticks)
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    loop.call_later(0.5, cf.set_result, "later")
    print(await wrapped)
    f2 = loop.run_in_executor(None, blocking_io, 5)
    f2.cancel()
    await asyncio.sleep(0)
    print(f2.cancelled())
    await loop.shutdown_default_executor()


asyncio.run(main())

with concurrent.futures.ThreadPoolExecutor() as ex:
    futs = [ex.submit(pow, 2, k) for k in range(5)]
    print(sorted(f.result() for f in concurrent.futures.as_completed(futs)))
    print(list(ex.map(str.upper, ["a", "b"])))
    bad = ex.submit(int, "x")
    print(type(bad.exception()).__name__, bad.exception(), bad.done())
    done, not_done = concurrent.futures.wait(futs)
    print(len(done), len(not_done))
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print(e)
