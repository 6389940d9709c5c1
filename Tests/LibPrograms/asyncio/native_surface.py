# The Future/Task/Handle/loop surface that the VM implements natively:
# states and errors, callbacks, iteration, handles, subclasses, names.
import asyncio


class LoudFuture(asyncio.Future):
    def cancel(self, msg=None):
        print('LoudFuture.cancel', msg)
        return super().cancel(msg)


class NamedTask(asyncio.Task):
    pass


async def worker(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), isinstance(f, asyncio.Future))
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError', e)
    order = []
    f.add_done_callback(lambda fut: order.append('a'))
    f.add_done_callback(lambda fut: order.append('b'))
    extra = lambda fut: order.append('c')
    f.add_done_callback(extra)
    f.add_done_callback(extra)
    print('removed', f.remove_done_callback(extra))
    f.set_result(5)
    print('callbacks before a pass', order)
    await asyncio.sleep(0)
    print('callbacks after a pass', order, f.result())
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print('again:', e)

    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)
    g.set_exception(KeyError)
    print(type(g.exception()).__name__, g.done())

    h = loop.create_future()
    print(h.cancel('why'), h.cancel(), h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)

    it = iter(loop.create_future())
    print(next(it) is not None)

    t = asyncio.ensure_future(worker(1))
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    print(t.get_name(), t.get_coro().__qualname__, t.cancelling())
    t.set_name('renamed')
    print(await t, t.get_name(), t.done())
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError', e)

    waiter = LoudFuture()
    blocked = asyncio.ensure_future(waiter)

    async def wait_on(fut):
        return await fut
    holder = asyncio.create_task(wait_on(waiter))
    await asyncio.sleep(0)
    print('cancel ->', holder.cancel('stop'), holder.cancelling())
    try:
        await holder
    except asyncio.CancelledError as e:
        print('holder cancelled', e.args)
    print(blocked is waiter, waiter.cancelled())

    sub = NamedTask(worker(0), name='sub')
    print(type(sub).__name__, sub.get_name(), await sub)

    fired = []
    h1 = loop.call_later(2, fired.append, 'later')
    h2 = loop.call_at(loop.time() + 1, fired.append, 'at')
    h3 = loop.call_soon(fired.append, 'soon')
    print(type(h1).__name__, type(h3).__name__, h1.when() - loop.time(), h1.cancelled())
    h2.cancel()
    print(h2.cancelled())
    await asyncio.sleep(3)
    print(fired)

    tasks = [asyncio.create_task(worker(i)) for i in range(3)]
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())
    print(await asyncio.gather(*tasks))
    task = asyncio.create_task(worker(5))
    await asyncio.sleep(0)
    task.cancel()
    print(task.cancelling(), task.uncancel(), task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print('still cancelled: the waiter was already cancelled')
    print(loop.time())


asyncio.run(main())
