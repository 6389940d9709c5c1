# get_type_hints evaluates string annotations as CPython does (any
# expression, in the function's module namespace, with forward references
# to classes defined later); a statement is "Forward reference must be an
# expression", an unknown name a NameError.
from __future__ import annotations

import dataclasses
import typing
from typing import Callable, Optional, Union, get_type_hints


class Node:
    def __init__(self, val: int, next: Optional[Node] = None, kids: list[Node] | None = None):
        self.val = val

    def walk(self) -> dict[str, tuple[int, ...]]: ...

    def visit(self, cb: Callable[[int, str], Awaitable[None]] = None) -> "typing.List[Node]": ...


from typing import Awaitable

print(get_type_hints(Node.__init__))
print(get_type_hints(Node.walk), get_type_hints(Node.visit))


@dataclasses.dataclass
class Tree:
    root: int
    children: "list[Tree]" = dataclasses.field(default_factory=list)
    count: typing.ClassVar[int] = 0


print(get_type_hints(Tree), [f.type for f in dataclasses.fields(Tree)])

SIZES = {"small": int, "big": float}


def pick(x: SIZES["big"], y: Union[int, "str"], z: int if True else str) -> None: ...


print(get_type_hints(pick), pick.__annotations__)


def broken(a: "x = 1"): ...


def unknown(a: Missing): ...


for f in (broken, unknown):
    try:
        get_type_hints(f)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
print(get_type_hints(pick, localns={"SIZES": {"big": complex}}))
