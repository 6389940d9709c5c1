# sorted()/list.sort() make CPython's comparisons in CPython's order
# (timsort: natural runs, binary insertion, galloping merges): visible
# through a logging __lt__, through which TypeError a mixed list raises,
# and through total_ordering/dataclass(order=True) classes sorted by tasks.
import asyncio
from dataclasses import dataclass
from functools import total_ordering

log = []


@total_ordering
class Job:
    def __init__(self, prio):
        self.prio = prio

    def __lt__(self, other):
        log.append(f'{self.prio}<{other.prio}')
        return self.prio < other.prio

    def __eq__(self, other):
        return self.prio == other.prio

    def __repr__(self):
        return f'J{self.prio}'


@dataclass(order=True)
class Ticket:
    rank: int
    name: str


async def sort_batch(name, prios, delay):
    await asyncio.sleep(delay)
    log.clear()
    jobs = sorted(Job(p) for p in prios)
    return name, jobs, list(log)


async def main():
    for result in await asyncio.gather(sort_batch('asc', [1, 2, 3, 4], 0.1), sort_batch('desc', [5, 4, 3, 2, 1], 0.2),
                                       sort_batch('mixed', [3, 1, 4, 1, 5, 9, 2, 6], 0.3), sort_batch('dup', [2, 2, 1, 2], 0.4)):
        print(*result)
    log.clear()
    jobs = [Job(p) for p in (4, 8, 1, 7)]
    jobs.sort(reverse=True)
    print(jobs, log)
    log.clear()
    print(max(Job(1), Job(3), Job(2)), min([Job(5), Job(2)]), log)
    print(sorted([Ticket(2, 'b'), Ticket(1, 'z'), Ticket(2, 'a')]))
    for data in ([1.5, True, None], [3, 'x', 2], [None, 1, 2], [1, 2, 3, 'a', 0], ['b', 'a', 1], [(1, 'a'), (1, 2)], [2, 1, 1.5, 'z']):
        try:
            print(sorted(data))
        except TypeError as e:
            print(type(e).__name__, e)
    for n in (64, 100, 300):
        log.clear()
        prios = [(i * 37) % 101 + (i % 7) * 3 for i in range(n)]
        jobs = sorted(Job(p) for p in prios)
        print(n, [j.prio for j in jobs] == sorted(prios), len(log), log[:4], log[-4:], ''.join(log).count('1'))
    log.clear()
    runs = list(range(40)) + list(range(100, 60, -1)) + list(range(40, 60)) * 2
    print(len(runs), [j.prio for j in sorted(Job(p) for p in runs)] == sorted(runs), len(log), log[-3:])
    try:
        sorted([Job(1), Job(2), 3])
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e, log[-3:])


asyncio.run(main())
