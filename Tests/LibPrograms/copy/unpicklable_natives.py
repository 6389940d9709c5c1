# copy/deepcopy of objects whose state is native: generators, coroutines,
# modules, asyncio futures and tasks, thread locks -> "cannot pickle" errors;
# subclasses that take over __reduce__ or __getstate__ copy again;
# deepcopy rebuilds frozensets and slices, copy keeps them.
import asyncio
import copy
import pickle
import threading


def numbers():
    yield 1


async def work(n):
    await asyncio.sleep(n)
    return n


class Tracked(asyncio.Future):
    pass


class Snapshot(asyncio.Future):
    def __reduce__(self):
        return (str, ('snapshot',))


def attempt(label, fn, obj):
    try:
        result = fn(obj)
        print(label, 'ok', type(result).__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)


async def main():
    loop = asyncio.get_running_loop()
    gen = numbers()
    coro = work(0)
    task = asyncio.create_task(work(0.5))
    samples = [('generator', gen), ('coroutine', coro), ('module', asyncio),
               ('future', loop.create_future()), ('task', task),
               ('lock', threading.Lock()), ('rlock', threading.RLock()),
               ('subclass', Tracked()), ('asyncio.Lock', asyncio.Lock()),
               ('asyncio.Event', asyncio.Event())]
    for label, obj in samples:
        attempt(label + ' copy', copy.copy, obj)
        attempt(label + ' deepcopy', copy.deepcopy, obj)
    attempt('pickle generator', pickle.dumps, gen)
    print('reduce override:', copy.copy(Snapshot()), copy.deepcopy([Snapshot()]))
    try:
        copy.deepcopy({'job': 1, 'waiter': loop.create_future()})
    except TypeError as e:
        print('nested:', e)
    coro.close()
    print('task result', await task)
    fs, sl = frozenset({1, 2}), slice(1, 5, 2)
    print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
    print(copy.copy(sl) is sl, copy.deepcopy(sl) is sl, copy.deepcopy(sl))
    inner = [1]
    nested = frozenset({(1, 2)}), (sl, inner)
    deep = copy.deepcopy(nested)
    print(deep == nested, deep[1][1] is inner, deep[0] is nested[0])


asyncio.run(main())
