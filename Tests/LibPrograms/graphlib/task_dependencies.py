# graphlib.TopologicalSorter driving async jobs as their dependencies finish,
# static_order, and CycleError.
import asyncio
from graphlib import CycleError, TopologicalSorter

graph = {'deploy': ['test', 'build'], 'test': ['build'], 'build': ['fetch', 'configure'],
         'configure': ['fetch'], 'docs': ['fetch']}
print(list(TopologicalSorter(graph).static_order()))

durations = {'fetch': 0.3, 'configure': 0.1, 'build': 0.5, 'test': 0.2, 'docs': 0.4, 'deploy': 0.1}


async def run(name):
    await asyncio.sleep(durations[name])
    print(f'{asyncio.get_running_loop().time():.1f} done {name}')
    return name


async def main():
    ts = TopologicalSorter(graph)
    ts.prepare()
    pending = {}
    while ts.is_active():
        for node in ts.get_ready():
            pending[asyncio.create_task(run(node))] = node
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=lambda t: pending[t]):
            ts.done(pending.pop(task))
    print('all done', bool(ts))

asyncio.run(main())

ts = TopologicalSorter()
ts.add('b', 'a')
ts.add('c', 'b')
ts.add('a', 'c')
try:
    ts.prepare()
except CycleError as e:
    print('CycleError:', e.args[0], sorted(e.args[1]), len(e.args[1]))
ts2 = TopologicalSorter({'x': ['y']})
ts2.prepare()
try:
    ts2.add('z')
except ValueError as e:
    print('ValueError:', e)
try:
    ts2.done('x')
except ValueError as e:
    print('ValueError:', e)
print(ts2.get_ready(), TopologicalSorter[int])
