# collections.abc classes subscripted are types.GenericAlias objects (so
# typing.get_origin/get_args see them); Callable[[args], result] flattens
# its arguments and shows them as a list again, with CPython's errors.
import asyncio
import collections.abc as cabc
import types
import typing

T = typing.TypeVar('T')
P = typing.ParamSpec('P')

Handler = cabc.Callable[[str, int], cabc.Awaitable[bool]]


async def handle(name: str, size: int) -> bool:
    await asyncio.sleep(0)
    return size > 1


def register(fn: Handler, tags: cabc.Sequence[str] = ()) -> cabc.Mapping[str, Handler]:
    return {t: fn for t in tags}


async def main():
    for alias in (cabc.Sequence[int], cabc.Mapping[str, list[int]], cabc.AsyncIterator[bytes],
                  cabc.Callable[[int], str], cabc.Callable[..., None], cabc.Callable[[], int],
                  cabc.Callable[P, int], cabc.Callable[typing.Concatenate[int, P], int], Handler):
        print(alias, type(alias) is types.GenericAlias or isinstance(alias, types.GenericAlias),
              typing.get_origin(alias), typing.get_args(alias))
    generic = cabc.Callable[[T], list[T]]
    print(generic, generic.__parameters__, generic[int], cabc.Iterable[T][str])
    print(typing.get_type_hints(register))
    print(cabc.Sequence[int] == cabc.Sequence[int], cabc.Iterable[str] | None)
    for bad in (lambda: cabc.Callable[int], lambda: cabc.Callable[int, str],
                lambda: isinstance([], cabc.Sequence[int])):
        try:
            bad()
        except TypeError as e:
            print('TypeError:', e)

    class Names(cabc.Sequence[str]):
        def __init__(self, *items):
            self.items = items
        def __getitem__(self, i):
            return self.items[i]
        def __len__(self):
            return len(self.items)

    names = Names('b', 'a')
    print(Names.__orig_bases__, Names.__mro__[1], list(reversed(names)), names.index('a'), await handle('x', 2))


asyncio.run(main())
