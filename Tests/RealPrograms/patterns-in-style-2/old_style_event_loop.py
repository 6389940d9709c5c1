# Source: written for Interleave's corpus in the style of pre-3.7 asyncio tutorials still found online (get_event_loop, run_until_complete, run_forever, ensure_future) (not from a public source)
# Adapted: nothing
import asyncio
import functools


async def compute(x, y):
    print(f"Compute {x} + {y} ...")
    await asyncio.sleep(1.0)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print(f"{x} + {y} = {result}")


def got_result(name, future):
    print(f"{name} callback: {future.result()}")


async def slow_operation(future):
    await asyncio.sleep(1)
    future.set_result("Future is done!")


def hello_world(loop, count):
    print("Hello World", count)
    if count < 3:
        loop.call_later(0.5, hello_world, loop, count + 1)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(print_sum(1, 2))

future = loop.create_future()
future.add_done_callback(functools.partial(got_result, "first"))
asyncio.ensure_future(slow_operation(future))
loop.run_until_complete(future)
print(future.result())

loop.call_soon(hello_world, loop, 1)
loop.run_forever()

tasks = [asyncio.ensure_future(compute(i, i)) for i in range(3)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(sorted(t.result() for t in done), pending)
print(loop.run_until_complete(asyncio.gather(*[compute(i, 10) for i in range(2)])))
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(compute(0, 0))
except RuntimeError as e:
    print("RuntimeError:", e)
