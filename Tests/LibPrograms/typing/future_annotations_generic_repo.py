from __future__ import annotations
import asyncio, typing, dataclasses, inspect
from typing import Generic, TypeVar, Protocol, Optional, ClassVar, Final, Any, get_type_hints, TYPE_CHECKING
if TYPE_CHECKING:
    from collections.abc import Sequence
T = TypeVar('T')
class Repo(Generic[T]):
    items: dict[int, T]
    count: ClassVar[int] = 0
    limit: Final = 10
    def __init__(self) -> None:
        self.items = {}
    async def add(self, key: int, item: T) -> T | None:
        old = self.items.get(key)
        self.items[key] = item
        return old
    def find(self, pred: typing.Callable[[T], bool]) -> list[T]:
        return [v for v in self.items.values() if pred(v)]
@dataclasses.dataclass
class User:
    name: str
    tags: list[str] = dataclasses.field(default_factory=list)
    manager: Optional[User] = None
class UserRepo(Repo[User]):
    extra: 'int'
async def main():
    r = UserRepo()
    await r.add(1, User('a'))
    print(await r.add(1, User('b', ['x'])))
    print(get_type_hints(Repo), get_type_hints(UserRepo))
    print(get_type_hints(Repo.add), get_type_hints(Repo.find))
    print(get_type_hints(User), User.__annotations__)
    print(inspect.signature(Repo.add), inspect.signature(User))
    print([f.type for f in dataclasses.fields(User)])
    print(UserRepo.__orig_bases__, UserRepo.__parameters__, Repo.__parameters__, typing.get_origin(UserRepo.__orig_bases__[0]))
    def local() -> Sequence[int]: ...
    try:
        get_type_hints(local)
    except NameError as e:
        print('NameError', e)
    print(inspect.get_annotations(Repo.add), inspect.get_annotations(Repo.add, eval_str=True))
    class Inner:
        ref: Inner
    try:
        print(get_type_hints(Inner))
    except NameError as e:
        print('NameError', e)
    print(get_type_hints(Inner, localns={'Inner': Inner}))
asyncio.run(main())
