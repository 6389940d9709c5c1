# typing with annotations (needs __annotations__ from the compiler):
# get_type_hints on functions, classes and string annotations, NamedTuple
# and TypedDict class forms, ClassVar/Final.
from typing import ClassVar, Final, List, NamedTuple, Optional, TypedDict, get_type_hints

LIMIT: Final = 3


def greet(name: str, times: int = 1) -> List[str]:
    return [name] * times


def later(node: 'Node', nxt: 'Optional[Node]' = None) -> 'None':
    pass


class Node:
    count: ClassVar[int] = 0
    value: int
    label: 'str'


class Job(NamedTuple):
    name: str
    priority: int = 0


class Movie(TypedDict, total=False):
    title: str
    year: int


print(greet.__annotations__, get_type_hints(greet), get_type_hints(later))
print(Node.__annotations__, get_type_hints(Node))
j = Job('build')
print(j, j.priority, Job._fields, Job._field_defaults, Job('x', 2) < Job('y', 1))
print(Movie.__optional_keys__ == {'title', 'year'}, Movie(title='x'), __annotations__)
