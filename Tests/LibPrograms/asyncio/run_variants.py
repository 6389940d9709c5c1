# asyncio.run repeatedly (Task numbers continue), Runner, new_event_loop,
# run_until_complete, loop states.
import asyncio


async def name_of_current():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def compute(x):
    await asyncio.sleep(x)
    return x, asyncio.get_running_loop().time()


print(asyncio.run(name_of_current()))
print(asyncio.run(name_of_current()))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
print(asyncio.run(name_of_current()))

with asyncio.Runner() as runner:
    print(runner.run(compute(1)))
    print(runner.run(compute(2)))
    print(runner.run(name_of_current()))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())

loop = asyncio.new_event_loop()
print(loop.time(), loop.is_running())
print(loop.run_until_complete(compute(3)))
fut = loop.create_future()
loop.call_later(1, fut.set_result, 'done')
print(loop.run_until_complete(fut), loop.time())


async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)

try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print('RuntimeError:', e)
loop.close()
loop.close()
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)


async def fails():
    await asyncio.sleep(1)
    raise KeyError('inside')

try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError propagates:', e)


async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError:
    print('CancelledError propagates out of run')
print(asyncio.run(name_of_current()))
