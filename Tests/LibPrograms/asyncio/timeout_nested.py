# asyncio.timeout nesting, rescheduling, expiry into the past, and a block
# that swallows the cancellation.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print('inner expired', inner.expired(), 'outer expired', outer.expired(), loop.time())
            await asyncio.sleep(10)
    except TimeoutError:
        print('outer expired', outer.expired(), loop.time())

    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(5) as inner:
                await asyncio.sleep(3)
    except TimeoutError:
        print('outer fired first:', outer.expired(), inner.expired(), loop.time())

    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        await asyncio.sleep(20)
    print('rescheduled to None: not expired', cm.expired(), loop.time())

    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            print('when in the past', cm.when() < loop.time())
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline fires on the next pass', loop.time())

    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(2)
        except asyncio.CancelledError:
            print('swallowed inside the block')
    print('no TimeoutError when the block swallows; expired =', cm.expired(), loop.time())

    try:
        async with asyncio.timeout(-1):
            print('negative delay still enters the block')
            await asyncio.sleep(1)
    except TimeoutError:
        print('negative delay times out', loop.time())

    try:
        async with asyncio.timeout(1) as cm:
            pass
        cm.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)
    t = asyncio.timeout(1)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(repr(asyncio.timeout_at(None)))

    async def victim():
        async with asyncio.timeout(5):
            await asyncio.sleep(10)

    v = asyncio.create_task(victim())
    await asyncio.sleep(1)
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print('outside cancel is not turned into TimeoutError', loop.time())


asyncio.run(main())
