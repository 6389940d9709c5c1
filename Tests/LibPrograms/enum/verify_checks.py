# enum.verify: UNIQUE, CONTINUOUS (for enums and, by powers of two, for
# flags) and NAMED_FLAGS (aliases made of unnamed bits), with CPython's
# messages; applied to classes built while tasks run.
import asyncio
from enum import Enum, Flag, IntEnum, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def build(label, make):
    try:
        cls = make()
        return f'{label}: ok {list(cls)}'
    except ValueError as e:
        return f'{label}: {type(e).__name__}: {e}'


async def check(label, make, delay):
    await asyncio.sleep(delay)
    return build(label, make)


async def main():
    cases = [
        ('unique ok', lambda: verify(UNIQUE)(Enum('U', [('A', 1), ('B', 2)]))),
        ('unique bad', lambda: verify(UNIQUE)(Enum('U', [('A', 1), ('B', 1), ('C', 2), ('D', 2)]))),
        ('continuous enum', lambda: verify(CONTINUOUS)(IntEnum('G', [('A', 1), ('C', 3), ('F', 6)]))),
        ('continuous flag', lambda: verify(CONTINUOUS)(Flag('F', [('A', 1), ('D', 8), ('Q', 32)]))),
        ('continuous flag ok', lambda: verify(CONTINUOUS)(Flag('F', [('A', 1), ('B', 2), ('C', 4)]))),
        ('named one', lambda: verify(NAMED_FLAGS)(Flag('NF', [('A', 1), ('AB', 3)]))),
        ('named two', lambda: verify(NAMED_FLAGS)(IntFlag('NF', [('A', 1), ('AB', 3), ('AC', 5), ('X', 24)]))),
        ('named ok', lambda: verify(NAMED_FLAGS)(Flag('NF', [('A', 1), ('B', 2), ('AB', 3)]))),
        ('all', lambda: verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)(Flag('AF', [('A', 1), ('B', 2), ('C', 4)]))),
    ]
    for line in await asyncio.gather(*(check(label, make, i / 100) for i, (label, make) in enumerate(cases))):
        print(line)


asyncio.run(main())
