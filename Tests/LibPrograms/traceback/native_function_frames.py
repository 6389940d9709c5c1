# Tracebacks show no frames for library functions CPython implements in C
# (heapq, bisect, functools.reduce, operator and its getters, warnings.warn
# under an "error" filter): only the caller's frame and the user callbacks
# they call (a __lt__, a reducing function).
import asyncio
import bisect
import functools
import heapq
import operator
import os
import traceback
import warnings


def portable(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[len('  File "'):].split('"', 1)
            line = f'  File "{os.path.basename(path)}"{rest}'
        out.append(line)
    return '\n'.join(out)


class Job:
    def __init__(self, prio):
        self.prio = prio

    def __lt__(self, other):
        if self.prio == other.prio:
            raise ValueError(f'tie at priority {self.prio}')
        return self.prio < other.prio


def combine(total, item):
    return total + item


async def schedule(queue, job):
    await asyncio.sleep(0)
    try:
        heapq.heappush(queue, job)
    except ValueError:
        print(portable(traceback.format_exc()))


async def main():
    cases = [
        lambda: functools.reduce(combine, [1, 2, 'three']),
        lambda: functools.reduce(combine, []),
        lambda: operator.attrgetter('prio.value')(Job(1)),
        lambda: operator.itemgetter(3)([1]),
        lambda: operator.methodcaller('missing')(Job(1)),
        lambda: operator.attrgetter(5),
        lambda: bisect.insort([1, 2], 'x'),
        lambda: heapq.heappop([]),
    ]
    await asyncio.gather(schedule([Job(1)], Job(1)))
    for case in cases:
        try:
            case()
        except Exception:
            print(portable(traceback.format_exc()))
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            warnings.warn('deprecated path', DeprecationWarning)
        except DeprecationWarning as e:
            print(portable(traceback.format_exc()))
            print([frame.name for frame in traceback.extract_tb(e.__traceback__)])


asyncio.run(main())
