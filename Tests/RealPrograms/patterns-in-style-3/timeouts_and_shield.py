# Source: written for Interleave's corpus in the style of asyncio timeout tutorials (timeout, wait_for, shield, reschedule) (not from a public source)
# Adapted: nothing
import asyncio


async def slow_op(name, delay, log):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as exc:
        log.append(f"{name} cancelled args={exc.args}")
        raise
    finally:
        log.append(f"{name} finally")
    log.append(f"{name} done")
    return name.upper()


async def with_timeout_cm(log):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print("deadline", cm.when(), cm.expired())
            await slow_op("cm-op", 1.0, log)
    except TimeoutError as exc:
        print("timeout cm:", type(exc).__name__, repr(exc), cm.expired(), loop.time())
    async with asyncio.timeout(None) as cm2:
        cm2.reschedule(loop.time() + 0.2)
        print("rescheduled to", round(cm2.when(), 3))
        try:
            await asyncio.sleep(0.1)
        finally:
            print("inner sleep ok at", round(loop.time(), 3))
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("caught cancel inside timeout_at, re-raising")
                raise
    except TimeoutError:
        print("timeout_at fired at", round(loop.time(), 3))


async def with_wait_for(log):
    try:
        await asyncio.wait_for(slow_op("wf-op", 2, log), timeout=0.3)
    except asyncio.TimeoutError as exc:
        print("wait_for timed out", type(exc) is TimeoutError, exc.__cause__.__class__.__name__)
    print(await asyncio.wait_for(slow_op("fast", 0.1, log), timeout=1))
    print(await asyncio.wait_for(slow_op("no-timeout", 0.1, log), timeout=None))


async def with_shield(log):
    inner = asyncio.ensure_future(slow_op("shielded", 0.4, log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer.cancel("stop it")
    try:
        await outer
    except asyncio.CancelledError as exc:
        print("outer cancelled:", exc.args, inner.cancelled(), inner.done())
    print("inner result:", await inner)
    try:
        await asyncio.wait_for(asyncio.shield(slow_op("wf-shield", 0.3, log)), 0.1)
    except TimeoutError:
        print("wait_for on shield timed out")
    await asyncio.sleep(0.5)


async def main():
    log = []
    await with_timeout_cm(log)
    await with_wait_for(log)
    await with_shield(log)
    for line in log:
        print("  ", line)
    task = asyncio.create_task(slow_op("plain", 5, log))
    await asyncio.sleep(0)
    task.cancel(msg="by main")
    try:
        await task
    except asyncio.CancelledError as exc:
        print("task cancelled:", exc.args, task.cancelled(), task.cancelling())
    print(log[-2:])


asyncio.run(main())
