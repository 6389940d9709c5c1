# runtime_checkable protocols with data members, non-protocol bases refused.
from typing import Protocol, runtime_checkable, ClassVar
import typing
@runtime_checkable
class HasName(Protocol):
    name: str
    def greet(self) -> str: ...
class A:
    name = 'a'
    def greet(self): return 'hi'
class B:
    def greet(self): return 'hi'
print(isinstance(A(), HasName), isinstance(B(), HasName))
try:
    issubclass(A, HasName)
except TypeError as e: print(e)
@runtime_checkable
class Closeable(Protocol):
    def close(self): ...
print(issubclass(A, Closeable), issubclass(open.__class__, Closeable) if False else '', isinstance(B(), Closeable))
class NotRC(Protocol):
    def x(self): ...
try:
    isinstance(A(), NotRC)
except TypeError as e: print(e)
class Impl(Closeable):
    pass
print(Impl().close(), isinstance(Impl(), Closeable), Closeable.__protocol_attrs__ if hasattr(Closeable, '__protocol_attrs__') else '')
class SizedP(typing.Sized, Protocol):
    pass
print(isinstance([], typing.Sized), isinstance(3, typing.SupportsFloat), isinstance('x', typing.SupportsInt))
try:
    class Bad(Protocol, int): pass
except TypeError as e: print(e)
