# An async generator left unfinished is closed by a task scheduled through
# call_soon_threadsafe from the context current when it was dropped, as in
# CPython: its finally block sees the dropping task's variables.
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='base')


async def gen(tag):
    try:
        for i in range(3):
            yield (tag, i, v.get())
    finally:
        print('finally', tag, v.get())


async def consumer(tag):
    v.set(tag)
    async for item in gen(tag):
        print(item)
        if item[1] == 1:
            break
    print('consumer done', tag)


async def main():
    v.set('main')
    await asyncio.gather(consumer('c1'), consumer('c2'))
    print('after gather', v.get())
    loop = asyncio.get_running_loop()
    seen = []
    v.set('scheduler')
    loop.call_soon_threadsafe(lambda: seen.append(v.get()))
    ctx = contextvars.Context()
    ctx.run(v.set, 'given')
    loop.call_soon_threadsafe(lambda: seen.append(v.get()), context=ctx)
    v.set('later')
    await asyncio.sleep(0)
    print(seen)


asyncio.run(main())
print('end', v.get())
