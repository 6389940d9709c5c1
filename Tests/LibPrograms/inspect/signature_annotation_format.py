# How a signature shows its annotations (inspect.formatannotation): a class
# as module.qualname (bare only for builtins), a typing construct without its
# 'typing.' prefixes, a generic alias as str(), anything else as repr().
import collections
import enum
import inspect
import typing
from typing import Any, Callable, Dict, List, Optional, Union


class Job:
    class Inner:
        pass


class Color(enum.Enum):
    R = 1


def f(a: Job, b: List[int], c: Optional[str] = None, d: dict[str, int] = {},
      *args: int, e: Union[int, Job], g: Callable[[int], str], h: "Job",
      i: collections.OrderedDict, j: Any, k: Color = Color.R,
      m: Job.Inner = None, n: list[Job] = (), o: typing.Tuple[int, ...] = (),
      **kw: typing.Dict[str, "Job"]) -> Optional[Job]:
    pass


async def g(x: int) -> typing.AsyncIterator[int]:
    yield x


print(inspect.signature(f))
for p in inspect.signature(f).parameters.values():
    print(str(p))
print(inspect.signature(g))
print(inspect.formatannotation(Job), inspect.formatannotation(List[int]),
      inspect.formatannotation(list[int]), inspect.formatannotation(int),
      inspect.formatannotation(Job, '__main__'), inspect.formatannotation('x'),
      inspect.formatannotation(typing.Optional[typing.List['Job']]))
