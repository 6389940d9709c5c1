# collections.abc classes subscripted are types.GenericAlias objects (so
# `Iterable[int] | None` is a types.UnionType); Callable[[args], result]
# flattens its argument list into __args__ and shows it again in its repr.
import typing
from collections.abc import (AsyncIterator, Awaitable, Callable, Coroutine,
                             Iterable, Mapping)

alias = Iterable[int]
print(alias, type(alias).__name__, alias.__origin__, alias.__args__)
print(Mapping[str, list[int]], Coroutine[None, None, int])
print(Awaitable[int] | None, None | AsyncIterator[str])
print(type(Iterable[int] | None).__name__, (Iterable[int] | None).__args__)
print(Iterable[int] == Iterable[int], Iterable[int] == Iterable[str])

cb = Callable[[Exception], None]
print(cb, type(cb).__name__, type(cb).__module__)
print(cb.__origin__ is Callable, cb.__args__)
print([c.__name__ for c in type(cb).__mro__])
print(Callable[[], int], Callable[[int, str], list[int]])
print(Callable[..., int], Callable[..., int].__args__)
print(Callable[[Exception], None] | None)
print(int | Callable[[int], int])
print(typing.get_args(Callable[[int, str], bool]))
print(typing.get_args(Callable[..., bool]))
print(Callable[[int], str] == Callable[[int], str])


def handler(error: Exception) -> None:
    pass


print(Callable[[handler], None])

for bad in (int, (int,), (int, str, bytes)):
    try:
        Callable[bad]
    except TypeError as e:
        print('TypeError:', e)
try:
    Callable[int, str]
except TypeError as e:
    print('TypeError:', e)


class Pipeline:
    def __init__(self, on_error: Callable[[Exception], None] | None = None,
                 batch: Iterable[int] | None = None) -> None:
        self.on_error = on_error


print(Pipeline.__init__.__annotations__)


# Substituting type variables keeps the Callable form.
T = typing.TypeVar("T")
P = typing.ParamSpec("P")
print(Callable[[T], str][int], Callable[[int, T], T][bytes], Callable[..., T][int])
print(type(Callable[[T], str][int]).__name__)
print(Callable[typing.Concatenate[int, P], T], Callable[[T], T].__parameters__)
