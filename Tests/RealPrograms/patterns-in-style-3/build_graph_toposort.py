# Source: written for Interleave's corpus in the style of build-system examples (graphlib.TopologicalSorter driving async build steps) (not from a public source)
# Adapted: nothing
import asyncio
import graphlib
from dataclasses import dataclass, field


@dataclass
class Target:
    name: str
    deps: list = field(default_factory=list)
    cost: float = 0.1
    fails: bool = False


TARGETS = {t.name: t for t in [
    Target("libc"),
    Target("zlib", ["libc"], 0.2),
    Target("openssl", ["libc", "zlib"], 0.5),
    Target("python", ["libc", "zlib", "openssl"], 0.4),
    Target("docs", ["python"], 0.1),
    Target("tests", ["python"], 0.3),
    Target("wheel", ["python", "docs"], 0.2),
]}


async def build(target, log):
    loop = asyncio.get_running_loop()
    log.append(f"{loop.time():4.1f} start {target.name}")
    await asyncio.sleep(target.cost)
    if target.fails:
        raise RuntimeError(f"{target.name} failed")
    log.append(f"{loop.time():4.1f} done  {target.name}")
    return target.name


async def build_all(targets, workers=2):
    sorter = graphlib.TopologicalSorter({name: t.deps for name, t in targets.items()})
    sorter.prepare()
    log = []
    sem = asyncio.Semaphore(workers)
    running = {}

    async def run(name):
        async with sem:
            return await build(targets[name], log)

    failed = []
    while sorter.is_active():
        for name in sorted(sorter.get_ready()):
            running[name] = asyncio.create_task(run(name), name=name)
        if not running:
            break
        done, _ = await asyncio.wait(running.values(), return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=lambda t: t.get_name()):
            name = task.get_name()
            del running[name]
            if task.exception():
                failed.append(str(task.exception()))
            else:
                sorter.done(name)
    return log, failed


async def main():
    ts = graphlib.TopologicalSorter()
    ts.add("b", "a")
    ts.add("c", "b")
    ts.add("d")
    print(list(ts.static_order()))
    print(list(graphlib.TopologicalSorter({n: t.deps for n, t in TARGETS.items()}).static_order()))
    log, failed = await build_all(TARGETS)
    print("\n".join(log))
    print("failed:", failed)
    TARGETS["docs"].fails = True
    log, failed = await build_all(TARGETS, workers=3)
    print(log[-3:], failed)
    cyclic = graphlib.TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]})
    try:
        cyclic.prepare()
    except graphlib.CycleError as exc:
        print("CycleError:", exc.args[0], exc.args[1])


asyncio.run(main())
