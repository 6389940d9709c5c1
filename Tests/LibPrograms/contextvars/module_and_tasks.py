# contextvars' classes report CPython's C module; tasks get a copy of the
# creating context (3.11 has no Task.get_context); ContextVar() arity error.
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)
print(contextvars.Context, contextvars.ContextVar, contextvars.Token)
print(type(contextvars.copy_context()).__module__, type(depth).__qualname__)
ctx = contextvars.copy_context()
try:
    ctx.run(ctx.run, print, "nested")
except RuntimeError as e:
    print(str(e).split(" object at ")[0])
for bad in ((), ("a", "b")):
    try:
        contextvars.ContextVar(*bad)
    except TypeError as e:
        print(e)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print(e)


async def child(n):
    depth.set(depth.get() + n)
    await asyncio.sleep(0.01 * n)
    return depth.get()


async def main():
    depth.set(10)
    print(hasattr(asyncio.Task, "get_context"), hasattr(asyncio.Handle, "get_context"))
    c = contextvars.copy_context()
    c.run(depth.set, 99)
    t = asyncio.get_running_loop().create_task(child(4), context=c)
    print(await t, depth.get(), c[depth])
    print(await asyncio.gather(child(1), child(2)), depth.get())
    seen = []
    asyncio.get_running_loop().call_soon(lambda: seen.append(depth.get()), context=c)
    await asyncio.sleep(0)
    print(seen)


asyncio.run(main())
