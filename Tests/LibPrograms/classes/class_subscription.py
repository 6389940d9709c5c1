# Subscripting a class: classes without __class_getitem__ (in their bases
# either) are not subscriptable; the standard generic classes are.
import asyncio
import collections
import contextlib
import functools
import itertools
import os
import queue
import re
import typing


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError', e)


class Plain:
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Box(typing.Generic[typing.TypeVar('T')]):
    pass


class Custom:
    def __class_getitem__(cls, item):
        return f'{cls.__name__} of {item!r}'


class MyList(list):
    pass


class MyError(Exception):
    pass


attempt('plain', lambda: Plain[int])
attempt('metaclass', lambda: WithMeta[int])
attempt('error subclass', lambda: MyError[int])
attempt('generic', lambda: Box[int])
attempt('custom', lambda: Custom[int])
attempt('list subclass', lambda: MyList[int])
attempt('list', lambda: list[int])
attempt('dict', lambda: dict[str, list[int]])
attempt('deque', lambda: collections.deque[int])
attempt('defaultdict', lambda: collections.defaultdict[str, int])
attempt('Counter', lambda: collections.Counter[str])
attempt('OrderedDict', lambda: collections.OrderedDict[str, int])
attempt('queue', lambda: queue.Queue[int])
attempt('asyncio.Queue', lambda: asyncio.Queue[int])
attempt('partial', lambda: functools.partial[int])
attempt('chain', lambda: itertools.chain[int])
attempt('ExitStack', lambda: contextlib.ExitStack[None])
attempt('AbstractContextManager', lambda: contextlib.AbstractContextManager[int])
attempt('nullcontext', lambda: contextlib.nullcontext[int])
attempt('PathLike', lambda: os.PathLike[str])
attempt('Pattern', lambda: re.Pattern[str])
attempt('namedtuple', lambda: collections.namedtuple('P', 'x y')[int])


def annotated(q: asyncio.Queue[int], d: collections.deque[str]) -> contextlib.AbstractAsyncContextManager[None]:
    pass


print(annotated.__annotations__)
