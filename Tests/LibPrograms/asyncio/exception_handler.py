# Errors in callbacks and unretrieved task exceptions go to the exception
# handler; the loop keeps running.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def handler(lp, context):
        exc = context.get('exception')
        seen.append((context['message'].split(' ')[0], type(exc).__name__))

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)

    def bad():
        raise ZeroDivisionError('cb')

    loop.call_soon(bad)
    loop.call_later(1, bad)
    await asyncio.sleep(2)
    print(seen)
    loop.call_exception_handler({'message': 'custom message'})
    print(seen[-1])
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(None)

    async def raiser():
        raise LookupError('never retrieved')

    t = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print('task failed quietly:', t.done(), type(t.exception()).__name__)


asyncio.run(main())
