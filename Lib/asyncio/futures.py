"""Future: a result that will exist later, with done callbacks."""

__all__ = ('Future', 'isfuture')

from types import GenericAlias as _GenericAlias
from . import events
from . import exceptions
from . import format_helpers
from . import tracing

try:
    import _interleave_asyncio as _native
except ImportError:
    # Under CPython (the test harness): the pure-Python reference below.
    _native = None

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for Futures and objects that declare themselves future-like."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _get_loop(fut):
    get_loop = getattr(fut, 'get_loop', None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper for sleep(): the timer fires, unless the sleep was cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _format_callbacks(callbacks):
    names = [format_helpers.format_callback(fn, ()) for fn, _ in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


class _FutureRepr:
    """The repr shared by the native Future and the pure-Python one."""

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                result = format_helpers.short_repr(self._result)
                info.append(f'result={result}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__,
                                ' '.join(self._repr_info()))


class Future(_FutureRepr):
    """A result that is set later; awaiting it suspends until then.

    Callbacks added with add_done_callback() never run synchronously: they
    are scheduled with call_soon when the future completes, or at once when
    it already has (conformance 033, 061).
    """

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    # Marks the class as future-like for Task.__step; True while a task is
    # about to wait on it (set by __await__, cleared by the task).
    _asyncio_future_blocking = False
    _log_tb = False
    # (kind, detail) when a synchronisation primitive created this future
    # to wait on; describes the wait in traces and deadlock reports.
    _blocker = None

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        # (callback, task) pairs: task is the Task a wakeup callback
        # resumes, None for every other callback.
        self._callbacks = []

    __class_getitem__ = classmethod(_GenericAlias)

    def __del__(self):
        if not self._log_tb:
            return
        self._loop.call_exception_handler({
            'message': (f'{self.__class__.__name__} exception was never '
                        f'retrieved'),
            'exception': self._exception,
            'future': self,
        })

    @property
    def _log_traceback(self):
        return self._log_tb

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._log_tb = False

    def get_loop(self):
        """The event loop the future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        # The CancelledError to raise for a cancelled future: the one that
        # cancelled a task if there was one (so its context survives), else
        # a fresh one carrying the cancel message.
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancels a pending future and schedules its callbacks."""
        self._log_tb = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for callback, task in callbacks:
            loop._call_soon(callback, (self,), task)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        """True once a result or exception is set or it was cancelled."""
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError, or
        InvalidStateError while pending."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_tb = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        """The exception set (or None); CancelledError or InvalidStateError
        when cancelled or pending."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_tb = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Calls fn(future) through call_soon once the future is done."""
        if self._state != _PENDING:
            self._loop._call_soon(fn, (self,), None)
        else:
            self._callbacks.append((fn, None))

    def _add_wakeup(self, fn, task):
        # add_done_callback for a task's wakeup, remembered for the trace.
        if self._state != _PENDING:
            self._loop._call_soon(fn, (self,), task)
        else:
            self._callbacks.append((fn, task))

    def remove_done_callback(self, fn):
        """Removes every registration of fn; returns how many there were."""
        kept = [(f, task) for (f, task) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        """Completes the future with a result and schedules its callbacks."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Completes the future with an exception (a class is instantiated;
        StopIteration is refused: conformance 036)."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_tb = True

    def _wait_info(self):
        blocker = self._blocker
        if blocker is None:
            return {'kind': 'future'}
        return tracing.describe_blocker(blocker[0], blocker[1])

    def __await__(self):
        # Yields the future itself to the driving Task (conformance 016).
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# The pure-Python reference, kept under its own name for the VM's case.
_PyFuture = Future

if _native is not None:
    class Future(_FutureRepr, _native.Future):
        """A result that is set later; awaiting it suspends until then (the
        VM's native Future: the methods of _PyFuture above, in Swift)."""

        __module__ = '_asyncio'
        __class_getitem__ = classmethod(_GenericAlias)

    _set_result_unless_cancelled = _native._set_result_unless_cancelled
