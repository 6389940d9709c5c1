# Reprs of tasks, futures, handles and primitives (reprlib abbreviations).
import asyncio


def show(*values):
    print(*[repr(v).replace(__file__, 'FILE') for v in values])

async def job():
    await asyncio.sleep(1)
    return 5
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job())
    show(t)
    await asyncio.sleep(0)
    show(t)
    show(t._fut_waiter)
    t.cancel()
    show(t)
    await asyncio.sleep(0)
    show(t)
    h = loop.call_soon(print, 1, 'a')
    print(h)
    h2 = loop.call_later(2, print, 1)
    print(h2)
    async def boom():
        raise ValueError('x')
    b = asyncio.create_task(boom(), name='bee')
    await asyncio.sleep(0)
    show(b)
    b.exception()
    c = asyncio.create_task(job())
    await asyncio.sleep(0)
    await c
    show(c)
    g = asyncio.gather(job(), job())
    show(g)
    await g
    show(g)
    print(str(asyncio.Lock())[-12:], str(asyncio.Event())[-9:], str(asyncio.Semaphore(2))[-21:], asyncio.Queue())
    fut = loop.create_future()
    fut.set_result('a long string result that gets abbreviated by reprlib')
    print(fut)
    for value in [list(range(20)), {'b': 1, 'a': [1, 2, 3, 4, 5, 6, 7]}, 10 ** 50, (1,), set(range(9)), 1.5]:
        f = loop.create_future()
        f.set_result(value)
        print(f)
    def plain_callback(fut):
        pass
    f = loop.create_future()
    f.add_done_callback(plain_callback)
    f.add_done_callback(print)
    f.add_done_callback(plain_callback)
    print(repr(f).replace(__file__, 'FILE'))
    f.remove_done_callback(plain_callback)
    f.remove_done_callback(print)
    h = loop.call_soon(plain_callback, 'x' * 40)
    print(repr(h).replace(__file__, 'FILE'))
    h.cancel()
    print(h)


asyncio.run(main())
