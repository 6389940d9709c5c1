# Source: written for Interleave's corpus in the style of typing-heavy async service code (Protocol, TypedDict, Literal, get_type_hints) (not from a public source)
# Adapted: nothing
import asyncio
import typing
from typing import (Any, Awaitable, Callable, ClassVar, Final, Literal, NamedTuple,
                    Protocol, TypedDict, TypeVar, runtime_checkable, get_type_hints)


@runtime_checkable
class Closeable(Protocol):
    async def close(self) -> None: ...


class Config(TypedDict, total=False):
    host: str
    port: int
    mode: Literal["dev", "prod"]


class Point(NamedTuple):
    x: float
    y: float = 0.0


T = TypeVar("T")


class Client:
    MAX: ClassVar[int] = 3
    VERSION: Final = "1.0"

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.closed = False

    async def close(self) -> None:
        await asyncio.sleep(0.01)
        self.closed = True


async def retry(fn: Callable[[], Awaitable[T]], times: int = 2) -> T:
    for i in range(times):
        try:
            return await fn()
        except OSError:
            await asyncio.sleep(0.1)
    return await fn()


async def main():
    cfg: Config = {"host": "localhost", "port": 8080}
    c = Client(cfg)
    print(isinstance(c, Closeable), isinstance(object(), Closeable))
    await c.close()
    print(c.closed, Client.MAX, Client.VERSION)
    print(get_type_hints(Config))
    print(sorted(Config.__required_keys__), sorted(Config.__optional_keys__))
    print(get_type_hints(Client), get_type_hints(retry))
    print(Point(1.5), Point._fields, Point._field_defaults, Point(1, 2)._replace(y=5))
    print(typing.get_origin(list[int]), typing.get_args(dict[str, list[int]]), typing.get_args(Literal["a", "b"]))
    print(typing.Optional[int], typing.Union[int, str], int | None, typing.List[Point])
    attempts = 0

    async def flaky():
        nonlocal attempts
        attempts += 1
        if attempts < 2:
            raise OSError("nope")
        return attempts

    print(await retry(flaky), attempts)
    print(T, T.__name__, typing.Callable[[int], str], Any)


asyncio.run(main())
