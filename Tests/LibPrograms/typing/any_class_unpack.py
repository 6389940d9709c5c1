# typing.Any is a class in 3.11 (subclassable, not instantiable, refused by
# isinstance); Unpack[...] shows as *Ts.
import typing
from typing import Any, Callable, List, Optional, Tuple, TypeVarTuple, Union, Unpack


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, 'TypeError', e)


attempt('repr', lambda: Any)
attempt('type', lambda: type(Any).__name__)
attempt('or', lambda: Any | int)
attempt('ror', lambda: int | Any)
attempt('union', lambda: Union[int, Any])
attempt('optional', lambda: Optional[Any])
attempt('list', lambda: List[Any])
attempt('callable', lambda: Callable[..., Any])
attempt('call', lambda: Any())
attempt('isinstance', lambda: isinstance(1, Any))
attempt('issubclass', lambda: issubclass(int, Any))
attempt('name', lambda: (Any.__name__, Any.__qualname__, Any.__module__))
attempt('origin', lambda: typing.get_origin(Any))


class Flexible(Any):
    def describe(self):
        return 'flexible'


attempt('sub', lambda: Flexible)
attempt('mro', lambda: Flexible.__mro__)
attempt('inst', lambda: Flexible().describe())
attempt('inst isinstance', lambda: isinstance(Flexible(), Any))
attempt('inst issubclass', lambda: issubclass(Flexible, Any))


class Number(Any, int):
    pass


attempt('int mixin', lambda: Number(5) + 1)

Ts = TypeVarTuple('Ts')
attempt('unpack', lambda: Unpack[Ts])
attempt('tuple', lambda: Tuple[int, Unpack[Ts]])
attempt('args', lambda: typing.get_args(Unpack[Ts]))
attempt('star', lambda: [*Ts])


def spread(*args: Unpack[Ts]):
    pass


attempt('hints', lambda: typing.get_type_hints(spread))
