# IntEnum and IntFlag members are real ints: isinstance, arithmetic,
# hashing as dict keys, indexing, comparison with ints, and errors.
import asyncio
from enum import IntEnum, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


async def job(prio, log):
    await asyncio.sleep(1 / prio)
    log.append(prio)


async def main():
    log = []
    await asyncio.gather(*(job(p, log) for p in Priority))
    print(log, [int(p) for p in log], sorted(Priority, reverse=True))
    print(isinstance(Priority.HIGH, int), Priority.HIGH + 1, Priority.LOW * 3, Priority.NORMAL == 5, {5: 'five'}[Priority.NORMAL])
    print(Priority(10), repr(Priority(10)), str(Priority.LOW), f'{Priority.HIGH}', f'{Priority.HIGH:>4}', format(Priority.LOW, '03d'))
    print(['a', 'b', 'c', 'd', 'e', 'f'][Priority.NORMAL], Priority.HIGH > Priority.LOW, Priority.LOW < 2, max(Priority), hash(Priority.LOW) == hash(1))
    rw = Perm.R | Perm.W
    print(repr(rw), rw, rw == 6, rw + 0, isinstance(rw, int), Perm.X in rw, Perm(7), list(Perm(5)), rw & Perm.W, repr(~Perm.R))
    print(repr(Perm.R | 8), int(Perm(3)), bin(rw), Perm.R << 1, -Perm.W)
    try:
        Priority(3)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
