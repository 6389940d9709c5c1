# run_until_complete and run_forever: errors, overrides and the hooks they
# install, as CPython's BaseEventLoop behaves.
import asyncio


async def answer():
    await asyncio.sleep(0)
    return 42


async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.run_until_complete(answer()))

# A future of this loop, done by a callback.
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))

# The task's exception is raised; the loop is usable afterwards.
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("raised", repr(e))

# Not a coroutine nor a future.
try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)

# A future of another loop.
other = asyncio.new_event_loop()
try:
    loop.run_until_complete(other.create_future())
except ValueError as e:
    print("ValueError:", e)
other.close()


# Re-entrance while running.
async def reenter():
    coro = answer()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return asyncio.get_running_loop() is loop, loop.is_running()

print(loop.run_until_complete(reenter()))


# Stopped before the future completed.
async def stopper():
    loop.stop()
    await asyncio.sleep(1)

task = loop.create_task(stopper())
try:
    loop.run_until_complete(asyncio.sleep(5))
except RuntimeError as e:
    print("RuntimeError:", e)
task.cancel()


# run_forever until stop().
def show_running():
    print("running:", loop.is_running(), asyncio.get_event_loop() is loop)
    loop.stop()

loop.call_soon(show_running)
loop.run_forever()
print("after run_forever:", loop.is_running())
loop.close()
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)


# A subclass that overrides run_forever and _check_closed is honoured.
class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self.forever = 0
        self.checks = 0
        super().__init__()

    def run_forever(self):
        self.forever += 1
        print("  run_forever override, running:", self.is_running())
        super().run_forever()

    def _check_closed(self):
        self.checks += 1
        super()._check_closed()


counting = CountingLoop()
print(counting.run_until_complete(answer()), counting.forever, counting.checks > 0)
counting.close()
print(asyncio.run(answer()))
