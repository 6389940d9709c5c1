# Source: written for Interleave's corpus in the style of typed asyncio ETL pipeline examples (Generic, Protocol, dataclasses) (not from a public source)
# Adapted: nothing
from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from dataclasses import dataclass, asdict
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")
U = TypeVar("U")


@dataclass
class Record:
    id: int
    name: str
    score: float


class Stage(ABC, Generic[T, U]):
    @abstractmethod
    async def process(self, item: T) -> U | None: ...

    def __repr__(self):
        return f"<{type(self).__name__}>"


class Parse(Stage[str, Record]):
    async def process(self, item):
        await asyncio.sleep(0.01)
        parts = item.split(",")
        if len(parts) != 3:
            print(f"  skip malformed line {item!r}")
            return None
        return Record(int(parts[0]), parts[1].strip().title(), float(parts[2]))


class Normalize(Stage[Record, Record]):
    def __init__(self, max_score: float):
        self.max_score = max_score

    async def process(self, item):
        await asyncio.sleep(0.01)
        return Record(item.id, item.name, round(item.score / self.max_score, 3))


class Pipeline(Generic[T]):
    def __init__(self, *stages: Stage):
        self.stages = stages

    async def run(self, items: Iterable[T]) -> list:
        out = []
        for item in items:
            value = item
            for stage in self.stages:
                value = await stage.process(value)
                if value is None:
                    break
            else:
                out.append(value)
        return out


async def main():
    raw = ["1, alice, 88", "2,bob,92.5", "broken line", "3, carol ,75", "4,dave"]
    pipe: Pipeline[str] = Pipeline(Parse(), Normalize(100))
    print("stages:", pipe.stages)
    records = await pipe.run(raw)
    for r in records:
        print(asdict(r))
    try:
        Stage()
    except TypeError as e:
        print("TypeError:", e)
    print(Parse.__orig_bases__, Pipeline[int])


asyncio.run(main())
