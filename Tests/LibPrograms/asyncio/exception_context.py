# Exception chaining seen by coroutines driven by tasks: what __context__
# and __cause__ hold after cancellation, failed futures and timeouts.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    async def converts():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise ValueError('during cancel')

    t = asyncio.create_task(converts())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ValueError as e:
        print('converted:', repr(e), repr(e.__context__))

    async def after_handled():
        fut = loop.create_future()
        loop.call_soon(fut.set_exception, KeyError('k'))
        try:
            await fut
        except KeyError:
            handled = True
        raise RuntimeError('later')

    try:
        await asyncio.create_task(after_handled())
    except RuntimeError as e:
        print('after handled:', repr(e), repr(e.__context__))

    try:
        await asyncio.wait_for(asyncio.sleep(5), 1)
    except TimeoutError as e:
        print('wait_for:', repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError as e:
        print('timeout:', repr(e.__cause__), e.__suppress_context__)

    f = loop.create_future()
    f.set_exception(OSError('io'))
    for _ in range(2):
        try:
            f.result()
        except OSError as e:
            print('same object each time:', e is f.exception())

    c = loop.create_future()
    c.cancel('reason')
    try:
        await c
    except asyncio.CancelledError as e:
        print('cancelled future:', e.args, repr(e.__context__))

    async def reraiser():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print('inside:', e.args)
            raise

    r = asyncio.create_task(reraiser())
    await asyncio.sleep(0)
    r.cancel('msg1')
    try:
        await r
    except asyncio.CancelledError as e:
        print('outside first:', e.args)
    try:
        r.result()
    except asyncio.CancelledError as e:
        print('outside again:', e.args)
    print(r.cancelled())


asyncio.run(main())
