# The loop outside asyncio.run: get_event_loop() creates one on first use,
# asyncio.run() leaves none behind, futures bind to the current loop.
import asyncio

loop = asyncio.get_event_loop()
print(type(loop).__name__ != '', loop.is_running(), loop.time())
print(asyncio.get_event_loop() is loop)
fut = asyncio.Future()
print(fut.get_loop() is loop)
loop.call_later(2, fut.set_result, 'from the default loop')
print(loop.run_until_complete(fut), loop.time())


async def inside():
    running = asyncio.get_running_loop()
    print('run uses a new loop:', running is not loop, running.time())
    print(asyncio.get_event_loop() is running)
    return 'ok'

print(asyncio.run(inside()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
print(new.run_until_complete(asyncio.sleep(5, 'slept')), new.time())
t = new.create_task(asyncio.sleep(1, 'task result'))
print(t.get_name(), new.run_until_complete(t))
new.close()
print(loop.is_closed(), new.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
