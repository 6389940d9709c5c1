# A loop's task factory also makes the tasks asyncio.run()/Runner use to shut
# the loop down (shutdown_asyncgens, shutdown_default_executor), as CPython's
# run_until_complete does.
import asyncio

made = []


def factory(loop, coro, **kwargs):
    made.append(getattr(coro, '__qualname__', type(coro).__name__))
    return asyncio.Task(coro, loop=loop, **kwargs)


def loop_factory():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(factory)
    return loop


async def child():
    await asyncio.sleep(0.01)
    return 'child'


async def main():
    task = asyncio.get_running_loop().create_task(child())
    print(await task, asyncio.current_task().get_name())
    return 'main'


with asyncio.Runner(loop_factory=loop_factory) as runner:
    print(runner.run(main()))
for name in made:
    print('made', name)
made.clear()

# asyncio.run with a factory set inside the run.
async def main2():
    asyncio.get_running_loop().set_task_factory(factory)
    await asyncio.sleep(0)

asyncio.run(main2())
for name in made:
    print('made', name)
