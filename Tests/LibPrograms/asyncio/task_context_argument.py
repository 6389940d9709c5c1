# Tasks run in the context= they are given (create_task, loop.create_task,
# asyncio.Task); a task factory receives context= only when one was given;
# call_soon/call_later/call_at run their callback in their context=.
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='dflt')


async def show(tag):
    print(tag, v.get())
    await asyncio.sleep(0)
    v.set(tag + '-set')
    return v.get()


def cb(tag):
    print('cb', tag, v.get())


async def main():
    ctx = contextvars.Context()
    ctx.run(v.set, 'in-ctx')
    print(await asyncio.create_task(show('t1'), context=ctx), ctx[v])
    loop = asyncio.get_running_loop()
    ctx2 = contextvars.copy_context()
    ctx2.run(v.set, 'ctx2')
    t2 = loop.create_task(show('t2'), name='named', context=ctx2)
    print(t2.get_name(), await t2, ctx2[v])
    ctx3 = contextvars.Context()
    ctx3.run(v.set, 'ctx3')
    print(await asyncio.Task(show('t3'), loop=loop, context=ctx3), ctx3[v])
    v.set('main')
    print(await asyncio.Task(show('t4'), loop=loop), v.get())
    loop.call_soon(cb, 'soon', context=ctx)
    loop.call_later(0.1, cb, 'later', context=ctx2)
    loop.call_at(loop.time() + 0.2, cb, 'at', context=ctx3)
    loop.call_soon(cb, 'plain')
    await asyncio.sleep(0.3)

    calls = []

    def factory(loop, coro, **kw):
        calls.append(sorted(kw))
        return asyncio.Task(coro, loop=loop, **kw)
    loop.set_task_factory(factory)
    await asyncio.create_task(show('f1'))
    await asyncio.create_task(show('f2'), context=ctx)
    await loop.create_task(show('f3'), name='x')
    await loop.create_task(show('f4'), context=ctx2)
    print(calls)
    loop.set_task_factory(None)


asyncio.run(main())
