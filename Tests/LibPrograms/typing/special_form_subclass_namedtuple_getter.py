# Subclassing a special form is refused by its __mro_entries__; a NamedTuple
# field's accessor is CPython's _collections._tuplegetter.
import typing
from typing import NamedTuple

for form in (typing.Union, typing.Optional, typing.ClassVar, typing.Any):
    try:
        class X(form):
            pass
        print(form, 'subclassed?')
    except TypeError as e:
        print('TypeError:', e)


class Job(NamedTuple):
    name: str
    prio: int = 0


print(Job.name, Job.prio)
print(type(Job.name).__name__, type(Job.name).__module__)
print(Job('a', 2).prio, Job.name.__doc__)
try:
    Job('a').name = 'b'
except AttributeError as e:
    print('AttributeError:', e)
