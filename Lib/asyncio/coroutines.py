"""What asyncio accepts as a coroutine, and how it names one."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import inspect
import types


def iscoroutinefunction(func):
    """Returns True if func is a coroutine function (async def)."""
    return inspect.iscoroutinefunction(func)


def _has_coroutine_methods(cls):
    # collections.abc.Coroutine's structural check (_check_methods): each
    # name defined along the MRO (a metaclass does not count), not as None.
    for name in ('__await__', 'send', 'throw', 'close'):
        for base in cls.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


def iscoroutine(obj):
    """True for coroutines, generators (3.11 still drives generator-based
    coroutines) and objects that implement the Coroutine protocol."""
    if inspect.iscoroutine(obj) or isinstance(obj, types.GeneratorType):
        return True
    return _has_coroutine_methods(type(obj))


# The pure-Python reference; the VM's is native (the same checks in Swift).
_py_iscoroutine = iscoroutine

try:
    import _interleave_asyncio as _native
except ImportError:
    _native = None
if _native is not None:
    iscoroutine = _native.iscoroutine
    _native.setup(fallbacks={'iscoroutine': _py_iscoroutine})


def coroutine_name(coro):
    """The qualified name of a coroutine object, for traces and reprs."""
    name = getattr(coro, '__qualname__', None)
    if name is None:
        name = getattr(coro, '__name__', None)
    if name is None:
        name = type(coro).__name__
    return name


def _first_attribute(obj, names):
    for name in names:
        value = getattr(obj, name, None)
        if value:
            return value
    return None


def format_coroutine(coro):
    """`name() running at FILE:LINE` as CPython's task reprs show it."""
    # A nameless awaitable (an async generator's aclose()) is shown as
    # CPython's get_name() shows it.
    name = _first_attribute(coro, ('__qualname__', '__name__'))
    if name is None:
        name = f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = _first_attribute(coro, ('cr_code', 'gi_code'))
    if code is None:
        if _first_attribute(coro, ('cr_running', 'gi_running')):
            return f'{name} running'
        return name
    filename = getattr(code, 'co_filename', None) or '<empty co_filename>'
    frame = _first_attribute(coro, ('gi_frame', 'cr_frame'))
    if frame is not None:
        return f'{name} running at {filename}:{getattr(frame, "f_lineno", 0)}'
    return (f'{name} done, defined at {filename}:'
            f'{getattr(code, "co_firstlineno", 0)}')
