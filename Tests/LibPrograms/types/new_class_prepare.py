# types.new_class with bases, metaclass keyword, exec_body (an Enum built dynamically), __orig_bases__; resolve_bases and prepare_class.
import types, abc
from enum import Enum
NC = types.new_class("NC")
print(NC, NC.__module__)
A = types.new_class("A", (abc.ABC,), exec_body=lambda ns: ns.update(x=1))
print(A, A.x, type(A))
M = types.new_class("M", (), {"metaclass": abc.ABCMeta})
print(type(M))
Color = types.new_class("Color", (Enum,), exec_body=lambda ns: (ns.__setitem__("RED", 1), ns.__setitem__("BLUE", 2)))
print(list(Color))
from typing import Generic, TypeVar
T = TypeVar("T")
G = types.new_class("G", (Generic[T],))
print(G.__orig_bases__, G.__parameters__)
print(types.resolve_bases((int, Generic[T])), types.prepare_class("X", (int,))[0])
