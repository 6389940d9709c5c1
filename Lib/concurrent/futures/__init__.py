"""concurrent.futures without threads or processes.

The Interleave sandbox has one thread, so ThreadPoolExecutor and
ProcessPoolExecutor run each submitted call synchronously, inside submit(),
and hand back a Future that is already done (holding the result or the
exception). Futures, wait(), as_completed(), map() and the executor's
context manager behave as CPython 3.11's for calls that have finished.
asyncio's loop.run_in_executor() and asyncio.to_thread() do not call
submit() at once: they run the call in an event-loop callback (see
asyncio/executors.py).
"""

import itertools as _itertools
from _generic_alias import GenericAlias as _GenericAlias
from collections import namedtuple as _namedtuple

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
    'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future',
    'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """An executor has become non-functional."""


def _deadlock(what):
    # Nothing else can run while this thread waits: CPython would block forever.
    raise RuntimeError(f'{what} would block forever: the Interleave sandbox has '
                       f'no other thread to finish the future')


class Future(object):
    """The result of a call: pending, running, cancelled or finished."""

    __module__ = 'concurrent.futures._base'  # where CPython defines it
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger('concurrent.futures').exception(
                    'exception calling callback for %r', self)

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self),
            _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        if self._state in [_RUNNING, _FINISHED]:
            return False
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        if self._state not in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    def result(self, timeout=None):
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self.__get_result()
        if timeout is not None:
            raise TimeoutError()
        _deadlock('Future.result()')

    def exception(self, timeout=None):
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        if timeout is not None:
            raise TimeoutError()
        _deadlock('Future.exception()')

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()


class Executor(object):
    """Runs each submitted call at once, in this (the only) thread."""

    _shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        import contextvars
        future = Future()
        future.set_running_or_notify_cancel()
        try:
            # As in a fresh worker thread: an empty context.
            result = contextvars.Context().run(fn, *args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result()
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# CPython numbers executors with `itertools.count().__next__`; a counter in
# a module-level list gives the same numbers and keeps the module's state to
# plain containers (warm starts snapshot those; a generator they refuse).
_executors_made = [0]


def _next_executor_number():
    _executors_made[0] += 1
    return _executors_made[0] - 1


class ThreadPoolExecutor(Executor):
    """CPython's signature; calls run synchronously (no threads here)."""

    _counter = staticmethod(_next_executor_number)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def submit(self, fn, /, *args, **kwargs):
        if not self._initialized and not self._shutdown:
            self._initialized = True
            if self._initializer is not None:
                self._initializer(*self._initargs)
        return super().submit(fn, *args, **kwargs)


class ProcessPoolExecutor(ThreadPoolExecutor):
    """CPython's signature; calls run synchronously (no processes here)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        super().__init__(max_workers, '', initializer, initargs)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if not_done and timeout is None:
        if return_when == ALL_COMPLETED or not done:
            _deadlock('wait()')
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    pending = [f for f in fs if not f.done()]
    for f in fs:
        if f.done():
            yield f
    if pending:
        if timeout is not None:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
        _deadlock('as_completed()')
