# isinstance/issubclass with unions and typing aliases (needs patches/isinstance-protocol.patch on the VM).
from typing import List, Union, Optional
print(isinstance(3, int | str), isinstance('x', int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
for bad in (lambda: isinstance(3, List[int]), lambda: isinstance([], list[int]), lambda: isinstance(3, 5)):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
