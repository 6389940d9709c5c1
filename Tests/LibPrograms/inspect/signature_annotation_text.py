# How signatures show annotations: typing aliases lose their 'typing.'
# prefix, classes keep their module (__main__ included), builtin generics
# and strings show as written.
import inspect
import typing
from typing import Callable, Dict, List, Optional, Union


class Account:
    pass


def transfer(src: Account, dst: 'Account', amount: float = 0.0, *,
             tags: List[str] = (), memo: Optional[str] = None,
             hook: Callable[[Account], None] = None) -> Dict[str, Account]:
    pass


def mixed(a: list[int], b: dict[str, list[Account]], c: Union[int, str],
          d: typing.Tuple[int, ...], e: int | None) -> typing.Any:
    pass


for fn in (transfer, mixed):
    sig = inspect.signature(fn)
    print(sig)
    for p in sig.parameters.values():
        print(' ', p)
    print('  ->', inspect.formatannotation(sig.return_annotation))

print(inspect.formatannotation(Account))
print(inspect.formatannotation(Account, '__main__'))
print(inspect.formatannotation(int), inspect.formatannotation(List[Account]))
print(inspect.formatannotation('text'), inspect.formatannotation(None))
