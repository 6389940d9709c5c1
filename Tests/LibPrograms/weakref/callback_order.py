import asyncio
import gc
import weakref

class Session:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Session({self.name})'

log = []

async def main():
    s = Session('a')
    r0 = weakref.ref(s)
    r1 = weakref.ref(s, lambda r: log.append('ref 1'))
    r2 = weakref.ref(s, lambda r: log.append('ref 2'))
    p = weakref.proxy(s, lambda r: log.append('proxy'))
    f = weakref.finalize(s, log.append, 'finalize')
    r3 = weakref.ref(s, lambda r: log.append('ref 3'))
    print(weakref.getweakrefcount(s), f.alive)
    del s
    await asyncio.sleep(0)
    print(log, r0(), r1(), f.alive)
    log.clear()

    sessions = [Session(i) for i in range(3)]
    cache = weakref.WeakValueDictionary({s.name: s for s in sessions})
    for s in sessions:
        weakref.finalize(s, log.append, f'closed {s.name}')
    t = sessions[1]
    weakref.ref(t, lambda r: log.append('watcher'))  # dropped at once: never called
    keep = weakref.ref(t, lambda r: log.append('kept watcher'))
    del s, t
    sessions.pop(1)
    gc.collect()
    print(log, sorted(cache))
    del sessions[:]
    print(log, sorted(cache))

asyncio.run(main())
