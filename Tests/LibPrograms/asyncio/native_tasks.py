# The native create_task, ensure_future and TaskGroup.create_task /
# _on_task_done (Sources/Runtime/Asyncio) against CPython: names and
# numbering, futures and awaitables, errors, and TaskGroups whose children
# succeed, fail, are cancelled, or outlive a failing sibling.
import asyncio
import contextvars


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


class Awaitable:
    def __await__(self):
        yield
        return 'awaited'


async def tasks():
    t1 = asyncio.create_task(value(1))
    t2 = asyncio.create_task(value(2), name='second')
    t3 = asyncio.create_task(value(3), context=contextvars.copy_context())
    print(t1.get_name(), t2.get_name(), t3.get_name(), await t1, await t2, await t3)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError', e)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(value('coro'))
    print(type(t).__name__, await t)
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)
    t = asyncio.ensure_future(value('loop'), loop=loop)
    print(await t)
    f.cancel()


async def groups():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(value(i, i / 10)) for i in range(4)]
        named = tg.create_task(value('n'), name='named')
    print([t.result() for t in ts], named.get_name(), named.result())
    try:
        async with asyncio.TaskGroup() as tg:
            ok = tg.create_task(value('ok', 0.1))
            slow = tg.create_task(value('slow', 5))
            tg.create_task(fail(KeyError('k'), 0.2))
            tg.create_task(fail(ValueError('v'), 0.2))
    except ExceptionGroup as eg:
        print(sorted(type(e).__name__ for e in eg.exceptions), ok.result(), slow.cancelled())
    # A child cancelled on its own does not fail the group.
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(value('c', 1))
        tg.create_task(value('d', 0.5))
        await asyncio.sleep(0)
        c.cancel()
    print(c.cancelled())
    # create_task on a group not entered, or finished.
    g = asyncio.TaskGroup()
    coro = value(0)
    try:
        g.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    async with g:
        pass
    coro = value(0)
    try:
        g.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    # The body raising while children run.
    try:
        async with asyncio.TaskGroup() as tg:
            child = tg.create_task(value('child', 1))
            raise IndexError('body')
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions], child.cancelled())
    # A TaskGroup subclass with its own done callback.

    class Logged(asyncio.TaskGroup):
        def _on_task_done(self, task):
            print('done', task.get_name(), task.cancelled() or repr(task.exception()))
            super()._on_task_done(task)

    try:
        async with Logged() as tg:
            tg.create_task(fail(OSError('os')), name='failing')
    except ExceptionGroup as eg:
        print('group', len(eg.exceptions))
    print('time', asyncio.get_running_loop().time())


class CoroLike:
    def __await__(self):
        yield

    def send(self, v):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


class NotQuite(CoroLike):
    send = None


class Meta(type):
    def __getattr__(cls, name):
        return lambda *a: None


class ViaMeta(metaclass=Meta):
    pass


def checks():
    def gen():
        yield

    async def agen():
        yield

    async def coro():
        pass

    c = coro()
    objects = [c, gen(), agen(), CoroLike(), NotQuite(), ViaMeta(), 42, asyncio.sleep(0)]
    print([asyncio.iscoroutine(o) for o in objects])
    c.close()
    objects[-1].close()


async def main():
    checks()
    await tasks()
    await groups()


asyncio.run(main())
