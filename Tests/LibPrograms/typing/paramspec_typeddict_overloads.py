import typing, asyncio, dataclasses
from typing import (TypeVar, Generic, ParamSpec, TypeVarTuple, Unpack, Callable, Awaitable, TypedDict, Required, NotRequired,
    NamedTuple, Protocol, runtime_checkable, get_type_hints, get_overloads, overload, assert_never, assert_type, reveal_type,
    TypeAlias, dataclass_transform, Self, LiteralString, Never, Any, Optional, Literal, Annotated, get_origin, get_args, ForwardRef, TypeGuard, Concatenate)

P = ParamSpec('P')
R = TypeVar('R')
Ts = TypeVarTuple('Ts')
T = TypeVar('T')

def logged(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    async def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print('call', fn.__name__, args, kwargs)
        return await fn(*args, **kwargs)
    return inner

@logged
async def fetch(url: str, *, retries: int = 1) -> str:
    await asyncio.sleep(0.1)
    return url.upper()

class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]

class Pt(NamedTuple, Generic[T]):
    x: T
    y: T

class G(Generic[P, R]): pass
class Arr(Generic[Unpack[Ts]]): pass
class Arr2(Generic[T, *Ts]): pass

@runtime_checkable
class HasName(Protocol):
    name: str

class Named:
    def __init__(self): self.name = 'n'

@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x): return x

class Base:
    a: int
class Child(Base):
    b: 'Optional[Child]'

def tg(x: object) -> TypeGuard[int]: return isinstance(x, int)

async def main():
    print(await fetch('x', retries=2))
    print(Movie.__required_keys__, Movie.__optional_keys__, get_type_hints(Movie), get_type_hints(Movie, include_extras=True))
    print(Pt(1, 2), Pt[int], Pt.__mro__ if False else '')
    print(G[[int, str], bool], G[..., int], Arr[int, str], Arr[()], Arr2[int, str, bytes], Arr2[int])
    print(P, Ts, Unpack[Ts], *Ts, Callable[Concatenate[int, P], R][[str], bool])
    print(isinstance(Named(), HasName), isinstance(1, HasName))
    print(len(get_overloads(conv)), conv(3))
    print(get_type_hints(Child), get_type_hints(Child, localns={'Child': Child}) == get_type_hints(Child))
    print(get_type_hints(tg), TypeGuard[int])
    try:
        assert_never(1)
    except AssertionError as e:
        print('AssertionError', e)
    print(assert_type(5, int))
    print(ForwardRef('X'), ForwardRef('List[int]') == ForwardRef('List[int]'))
    print(Literal[1, Literal[2, 3]], Literal[True] == Literal[1], Literal['a', 'a'], get_args(Literal['a', 'b']))
    print(Annotated[Annotated[int, 'a'], 'b'], Optional[Annotated[int, 'x']])
    print(typing.Union[int, list[int], None], int | list[str] | None, typing.Optional[int | str])
    print(typing.List[T][int], typing.Dict[str, T][int], Callable[[T], R][int, str], list[T][int])
    try:
        typing.List[int][str]
    except TypeError as e:
        print('TypeError', e)
    print(typing.get_args(Callable[[int, str], bool]), typing.get_args(Callable[..., int]), typing.get_origin(Callable[[], int]))
    print(Self, Never, LiteralString, repr(TypeAlias))
    def f(x: 'undefined_name') -> None: ...
    try:
        get_type_hints(f)
    except NameError as e:
        print('NameError', e)
    print(f.__annotations__)
    @dataclass_transform()
    def model(cls): return dataclasses.dataclass(cls)
    @model
    class M:
        a: int
    print(M(1), M.__dataclass_transform__ if hasattr(M, '__dataclass_transform__') else model.__dataclass_transform__)
    print(typing.NamedTuple('Emp', [('name', str), ('id', int)])('a', 1))
    TD = TypedDict('TD', {'a': int, 'b-c': str}, total=False)
    print(TD(a=1), TD.__optional_keys__ == frozenset({'a', 'b-c'}), TD.__total__)
asyncio.run(main())
