# asyncio.Runner: the runs of one Runner share a context (a ContextVar set
# in one run is seen by the next), get_loop, closing twice, errors.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)


async def main(x):
    await asyncio.sleep(1)
    print("main", x, v.get(), asyncio.get_running_loop().time())
    v.set(x)
    return x * 2

with asyncio.Runner() as runner:
    print(runner.run(main(1)))
    print(runner.run(main(2)))
    print(runner.get_loop().time(), runner.get_loop().is_closed())
    ctx = contextvars.copy_context()
    print(runner.run(main(3), context=ctx), v.get(), ctx[v])
    print(runner.run(main(4)))
coro = main(5)
try:
    runner.run(coro)
except RuntimeError as e:
    print(e)
coro.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print(e)
r = asyncio.Runner(debug=True)
print(r.run(main(6)))
print(r.get_loop().get_debug())
r.close()
r.close()
for bad in (1, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print(e)
print(asyncio.run(main(7), debug=False), v.get())
