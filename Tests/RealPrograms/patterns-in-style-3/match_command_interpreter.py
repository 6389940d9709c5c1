# Source: written for Interleave's corpus in the style of structural pattern matching tutorials (a command interpreter over a queue) (not from a public source)
# Adapted: nothing
import asyncio
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any


class Op(Enum):
    PUSH = auto()
    POP = auto()
    ADD = auto()
    MUL = auto()


@dataclass
class Instr:
    op: Op
    arg: Any = None


@dataclass(frozen=True)
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    def __repr__(self):
        return f"Circle({self.center}, {self.radius})"


def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty sequence"
        case [x]:
            return f"singleton {x!r}"
        case [first, *middle, last]:
            return f"seq {first!r}..{last!r} (+{len(middle)})"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": kind}:
            return f"typed mapping {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {c}"
        case Op.PUSH | Op.POP:
            return "stack op"
        case _:
            return f"unknown {type(obj).__name__}"


async def interpreter(queue: asyncio.Queue, results: list):
    stack = []
    while True:
        instr = await queue.get()
        match instr:
            case Instr(Op.PUSH, int() | float() as value):
                stack.append(value)
            case Instr(Op.PUSH, arg):
                results.append(f"bad push {arg!r}")
            case Instr(op=Op.POP):
                results.append(f"pop -> {stack.pop() if stack else None}")
            case Instr(op=Op.ADD | Op.MUL as op) if len(stack) >= 2:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op is Op.ADD else a * b)
            case Instr(op=op):
                results.append(f"cannot {op.name} with {stack}")
            case "stop":
                results.append(f"stop with {stack}")
                queue.task_done()
                return
        queue.task_done()


async def main():
    samples = [None, True, -3, 7, 2.5, "", "hey", [], [1], (1, 2, 3, 4), {"type": "user", "name": "ann", "age": 3, "x": 0},
               {"type": "bot"}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 2), 20),
               Circle(Point(0, 1), 2), Op.POP, Op.ADD, object, {"k": 1}, "abc"[1:]]
    for s in samples:
        print(f"{s!r:45.45} -> {describe(s)}")
    queue = asyncio.Queue()
    results = []
    task = asyncio.create_task(interpreter(queue, results))
    program = [Instr(Op.PUSH, 2), Instr(Op.PUSH, 3), Instr(Op.ADD), Instr(Op.PUSH, "x"), Instr(Op.PUSH, 4.5),
               Instr(Op.MUL), Instr(Op.POP), Instr(Op.POP), Instr(Op.ADD), "stop"]
    for instr in program:
        await queue.put(instr)
        await asyncio.sleep(0)
    await queue.join()
    await task
    print("\n".join(results))


asyncio.run(main())
