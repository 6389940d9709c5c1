# The future gather() returns, made natively while _GatheringFuture keeps
# its methods (and through the class once they are patched), and default
# task names, which the VM makes only when read: numbered at creation.
import asyncio


async def c(i):
    await asyncio.sleep(0)
    return i


async def main():
    g = asyncio.gather(c(1), c(2))
    print(type(g).__name__, g._cancel_requested, len(g._children), g.get_loop() is asyncio.get_running_loop())
    print(await g, g.done(), g.cancelled())
    cls = type(g)
    original = cls.__init__

    def patched(self, children, *, loop):
        print('patched __init__', len(children))
        original(self, children, loop=loop)
        self.extra = 'x'
    cls.__init__ = patched
    g2 = asyncio.gather(c(3), c(4))
    print(g2.extra, len(g2._children), await g2)
    cls.__init__ = original
    g3 = asyncio.gather(c(5))
    g3.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print('cancelled', g3._cancel_requested, g3.cancelled())

    t1 = asyncio.create_task(c(6))
    t2 = asyncio.create_task(c(7), name='named')
    t3 = asyncio.create_task(c(8))
    print(await asyncio.gather(t1, t2, t3))
    print(t3.get_name(), t1.get_name(), t2.get_name(), asyncio.current_task().get_name())
    t3.set_name('renamed')
    t1.set_name(12)
    print(t3.get_name(), repr(t1.get_name()), repr(t2)[:22])
    late = [asyncio.create_task(c(i)) for i in range(3)]
    await asyncio.sleep(0)
    print([t.get_name() for t in reversed(late)], str(late[0])[:20])
    await asyncio.gather(*late)


asyncio.run(main())
