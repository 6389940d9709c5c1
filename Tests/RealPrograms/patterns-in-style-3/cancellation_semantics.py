# Source: written for Interleave's corpus in the style of cancellation deep-dive blog posts (gather/TaskGroup/wait cancellation, uncancel, suppressing cancel) (not from a public source)
# Adapted: nothing
import asyncio


async def worker(name, delay, log, swallow=False):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} got CancelledError")
        if swallow:
            log.append(f"{name} swallows it")
            return f"{name} (swallowed)"
        raise
    finally:
        log.append(f"{name} cleanup")


async def failing(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def scenario_gather(log):
    g = asyncio.gather(worker("g1", 1, log), worker("g2", 2, log), return_exceptions=False)
    await asyncio.sleep(0.5)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        log.append("gather cancelled")
    try:
        await asyncio.gather(worker("g3", 0.3, log), failing(0.1, ValueError("bad")))
    except ValueError as exc:
        log.append(f"gather raised {exc!r}")
    await asyncio.sleep(0.5)


async def scenario_taskgroup(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("t1", 1, log))
            tg.create_task(worker("t2", 1, log, swallow=True))
            tg.create_task(failing(0.2, KeyError("k")))
    except* KeyError as eg:
        log.append(f"taskgroup: {eg.exceptions!r}")


async def scenario_wait(log):
    tasks = [asyncio.create_task(worker(f"w{i}", 0.1 * i, log), name=f"w{i}") for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    log.append(f"wait: done={sorted(t.get_name() for t in done)} pending={sorted(t.get_name() for t in pending)}")
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    log.append(f"first completed: {[t.result() for t in done]}")
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    log.append(f"states: {[(t.get_name(), t.cancelled()) for t in tasks]}")


async def scenario_uncancel(log):
    async def stubborn():
        for attempt in range(3):
            try:
                await asyncio.sleep(1)
                return "finished"
            except asyncio.CancelledError:
                task = asyncio.current_task()
                log.append(f"stubborn attempt {attempt} cancelling={task.cancelling()}")
                task.uncancel()
        return "gave up resisting"

    t = asyncio.create_task(stubborn())
    for _ in range(2):
        await asyncio.sleep(0.1)
        t.cancel()
    log.append(f"stubborn result: {await t}")


async def scenario_cancel_self(log):
    async def self_cancelling():
        asyncio.current_task().cancel("self")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as exc:
            log.append(f"self cancel msg={exc.args}")
            raise

    t = asyncio.create_task(self_cancelling())
    try:
        await t
    except asyncio.CancelledError as exc:
        log.append(f"awaiter sees CancelledError args={exc.args}")
    t2 = asyncio.create_task(worker("never-started", 1, log))
    t2.cancel()
    await asyncio.sleep(0)
    log.append(f"cancelled before start: {t2.cancelled()}")


async def main():
    for scenario in (scenario_gather, scenario_taskgroup, scenario_wait, scenario_uncancel, scenario_cancel_self):
        log = []
        await scenario(log)
        print(f"== {scenario.__name__} (t={asyncio.get_running_loop().time():.2f})")
        for line in log:
            print("  ", line)


asyncio.run(main())
