# `async with` on Lock and Semaphore: the native context manager runs the
# native acquire/release directly only while `self.acquire` and
# `self.release` would find them; every way of replacing them (instance
# attributes, subclasses, class patches) is honoured, and
# contended, cancelled and failing paths behave as CPython's.
import asyncio


async def contended(prim, n, log):
    async def worker(i):
        async with prim:
            log.append(('in', i))
            await asyncio.sleep(0)
            log.append(('out', i))
    await asyncio.gather(*(worker(i) for i in range(n)))


class LoudLock(asyncio.Lock):
    async def acquire(self):
        print('LoudLock.acquire', self.locked())
        return await super().acquire()

    def release(self):
        print('LoudLock.release')
        super().release()


async def main():
    log = []
    lock = asyncio.Lock()
    await contended(lock, 4, log)
    print(log[:6], lock.locked())
    log.clear()
    sem = asyncio.Semaphore(2)
    await contended(sem, 5, log)
    print(log[:8], sem._value)
    log.clear()
    await contended(asyncio.BoundedSemaphore(2), 3, log)
    print(log)

    # Instance attributes shadow the native methods.
    shadowed = asyncio.Lock()
    real_acquire = shadowed.acquire

    async def my_acquire():
        print('instance acquire')
        return await real_acquire()
    shadowed.acquire = my_acquire
    shadowed.release = lambda: print('instance release (lock kept)')
    async with shadowed:
        print('inside shadowed', shadowed.locked())
    print('after shadowed', shadowed.locked())
    del shadowed.release
    shadowed.release()
    print('released', shadowed.locked())

    loud = LoudLock()
    async with loud:
        print('inside loud', loud.locked())
    await contended(loud, 2, log)

    # A class patched after use, then restored.
    lock2 = asyncio.Lock()
    async with lock2:
        pass
    original = asyncio.Lock.release

    def patched(self):
        print('patched release')
        original(self)
    asyncio.Lock.release = patched
    try:
        async with lock2:
            print('inside patched', lock2.locked())
    finally:
        asyncio.Lock.release = original
    async with lock2:
        print('restored', lock2.locked())

    # A waiter cancelled while queued, then the lock handed on.
    lock3 = asyncio.Lock()
    order = []

    async def holder():
        async with lock3:
            order.append('holder')
            await asyncio.sleep(0.1)

    async def waiter(i):
        try:
            async with lock3:
                order.append(i)
        except asyncio.CancelledError:
            order.append(('cancelled', i))
            raise

    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ws[1].cancel()
    await asyncio.gather(h, *ws, return_exceptions=True)
    print(order, lock3.locked(), len(lock3._waiters))

    # An exception inside the block releases; releasing twice fails.
    lock4 = asyncio.Lock()
    try:
        async with lock4:
            raise KeyError('body')
    except KeyError as e:
        print('KeyError', e, lock4.locked())
    try:
        async with lock4:
            lock4.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    sem2 = asyncio.Semaphore(0)

    async def late_release():
        await asyncio.sleep(0.5)
        sem2.release()
    t = asyncio.create_task(late_release())
    async with sem2:
        print('sem2 acquired at', asyncio.get_running_loop().time(), sem2._value)
    await t
    print(sem2._value, asyncio.get_running_loop().time())


asyncio.run(main())
