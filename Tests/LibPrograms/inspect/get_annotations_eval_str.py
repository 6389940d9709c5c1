# inspect.get_annotations(eval_str=True) evaluates each string annotation
# once in the object's own namespace (a quoted string inside a string stays a
# string); it does not apply typing.get_type_hints' processing.
from __future__ import annotations
import functools
import inspect


class Node:
    value: int
    label: 'str'
    next: Node | None = None


def link(a: int, b: 'str' = 'x', *rest: float, node: Node, **kw: dict[str, int]) -> None: ...


@functools.wraps(link)
def wrapper(*args, **kwargs):
    return link(*args, **kwargs)


print(inspect.get_annotations(Node))
print(inspect.get_annotations(Node, eval_str=True))
print(inspect.get_annotations(link, eval_str=True))
print(inspect.get_annotations(wrapper, eval_str=True))
print(inspect.get_annotations(link, eval_str=True, locals={'Node': 'replaced'})['node'])


def broken(a: Undefined) -> int: ...


print(inspect.get_annotations(broken))
try:
    inspect.get_annotations(broken, eval_str=True)
except NameError as e:
    print(type(e).__name__, e)
