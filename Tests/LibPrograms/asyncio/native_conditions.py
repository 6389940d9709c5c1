# The native Semaphore.acquire/release and Condition.wait/wait_for/notify
# (Sources/Runtime/Asyncio) against CPython: FIFO hand-over, cancellation
# while waiting and while re-acquiring, errors, notify(n), predicates that
# raise, BoundedSemaphore and Barrier built on them.
import asyncio


async def semaphores():
    sem = asyncio.Semaphore(2)
    log = []

    async def worker(n):
        async with sem:
            log.append(('in', n, sem._value))
            await asyncio.sleep(0.1 * (n % 3))
            log.append(('out', n))

    await asyncio.gather(*(worker(n) for n in range(6)))
    print(log)
    print(sem.locked(), sem._value, repr(sem).split(' at ')[0])
    # A waiter cancelled while queued, and one woken then cancelled.
    s = asyncio.Semaphore(0)
    w1 = asyncio.create_task(s.acquire())
    w2 = asyncio.create_task(s.acquire())
    w3 = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    print(s.locked(), len(s._waiters))
    w1.cancel()
    await asyncio.sleep(0)
    s.release()
    w2.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w1.cancelled(), w2.cancelled(), w3.done(), s._value, len(s._waiters))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)


async def conditions():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    woken = []

    async def waiter(n):
        async with cond:
            r = await cond.wait()
            woken.append((n, r, cond.locked()))

    tasks = [asyncio.create_task(waiter(n)) for n in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(woken, len(cond._waiters))
    # Cancelled while waiting for a notify: the lock is held again when
    # the CancelledError arrives.
    state = []

    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                state.append(('cancelled', cond.locked()))
                raise

    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), state, cond.locked())
    # Cancelled while re-acquiring the lock (another task holds it).
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), cond.locked())
    cond.release()
    await asyncio.sleep(0)
    print(t.cancelled(), state)
    # wait_for: the predicate's last value, a predicate that raises.
    values = iter([0, '', 'ready'])

    async def checker():
        async with cond:
            return await cond.wait_for(lambda: next(values))

    t = asyncio.create_task(checker())
    for _ in range(3):
        await asyncio.sleep(0)
        async with cond:
            cond.notify_all()
    print(await t)

    def boom():
        raise KeyError('predicate')

    try:
        async with cond:
            await cond.wait_for(boom)
    except KeyError as e:
        print('KeyError', e, cond.locked())
    # A Condition over a given lock, and a Barrier.
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print(c2.locked(), lock.locked())
    barrier = asyncio.Barrier(3)
    order = []

    async def party(n):
        await asyncio.sleep(n * 0.1)
        index = await barrier.wait()
        order.append((n, index))

    await asyncio.gather(*(party(n) for n in range(3)))
    print(sorted(order), barrier.n_waiting, asyncio.get_running_loop().time())


async def main():
    await semaphores()
    await conditions()


asyncio.run(main())
