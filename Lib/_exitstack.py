"""contextlib.ExitStack and AsyncExitStack.

Callbacks run LIFO. When a callback raises while another exception is in
flight, the new exception's `__context__` chain is re-pointed at the one it
replaced (CPython's _fix_exception_context; the exception the stack was
entered with plays the role of CPython's `sys.exc_info()`).
"""

from collections import deque as _deque
from _generic_alias import GenericAlias as _GenericAlias


def _no_cm_error(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                     f"not support the {kind} protocol")


def _bind(method, obj):
    # What types.MethodType(method, obj) would give, as a plain closure.
    def bound(*args):
        return method(obj, *args)
    return bound


def _fix_exception_context(new_exc, old_exc, frame_exc):
    while True:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self):
        self._exit_callbacks = _deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(_bind(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager; its __exit__ joins the stack."""
        cls = type(cm)
        enter = getattr(cls, '__enter__', None)
        exit = getattr(cls, '__exit__', None)
        if enter is None or exit is None:
            raise _no_cm_error(cm, 'context manager')
        result = enter(cm)
        self._push_exit_callback(_bind(exit, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments (exception details
        are not passed to it)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = exc_details[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                new_exc_details = (type(new_exc), new_exc, getattr(new_exc, '__traceback__', None))
                if exc_details[1] is not None:
                    _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            fixed_ctx = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack):
    """Async context manager for dynamic management of a stack of exit
    callbacks (sync and async)."""

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager; its __aexit__ joins the stack."""
        cls = type(cm)
        enter = getattr(cls, '__aenter__', None)
        exit = getattr(cls, '__aexit__', None)
        if enter is None or exit is None:
            raise _no_cm_error(cm, 'asynchronous context manager')
        result = await enter(cm)
        self._push_exit_callback(_bind(exit, cm), False)
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ signature."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_bind(exit_method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = exc_details[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                new_exc_details = (type(new_exc), new_exc, getattr(new_exc, '__traceback__', None))
                if exc_details[1] is not None:
                    _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            fixed_ctx = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc
