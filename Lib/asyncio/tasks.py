"""Task: drives a coroutine on the loop, one step per scheduled handle."""

__all__ = ('Task', 'create_task', 'current_task', 'all_tasks',
           'ensure_future')

import inspect
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import host
from . import tracing

_PENDING = futures._PENDING
_Future = futures.Future
_CancelledError = exceptions.CancelledError
# Fixed for the whole run when host is imported.
_TRACING = host.TRACING

# Task-N numbering: one counter for the whole run, consumed by every task
# created without a name. asyncio.create_task(name=...) creates the task
# unnamed and renames it, so it consumes a number too (conformance 050).
_name_counter = 0
# Trace ids: unique per task even when names repeat.
_id_counter = 0

# Tasks not yet done, in creation order (CPython keeps a WeakSet; finished
# tasks leave this dict so nothing is kept alive longer than needed).
_pending_tasks = {}


def _next_task_number():
    global _name_counter
    _name_counter += 1
    return _name_counter


def _next_task_id():
    global _id_counter
    _id_counter += 1
    return _id_counter


class _TaskRepr:
    """What the native Task and the pure-Python one share: the repr and
    the (empty: frames are not introspectable here) stack accessors."""

    def __repr__(self):
        info = self._repr_info()
        if self._num_cancels_requested and self._state == _PENDING:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        if self._fut_waiter is not None:
            info.insert(2, f'wait_for={self._fut_waiter!r}')
        info.insert(2, f'coro=<{coroutines.format_coroutine(self._coro)}>')
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(info))

    def get_stack(self, *, limit=None):
        """The frames of the task's coroutine (CPython's base_tasks): the
        suspended frame and its callers, or, once it failed, the frames of
        its exception's traceback."""
        frames = []
        coro = self._coro
        if hasattr(coro, 'cr_frame'):
            f = coro.cr_frame
        elif hasattr(coro, 'gi_frame'):
            f = coro.gi_frame
        elif hasattr(coro, 'ag_frame'):
            f = coro.ag_frame
        else:
            f = None
        if f is not None:
            while f is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(f)
                f = getattr(f, 'f_back', None)
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Prints get_stack() as CPython's base_tasks does (stderr by
        default)."""
        import traceback
        extracted = []
        for f in self.get_stack(limit=limit):
            co = f.f_code
            extracted.append((co.co_filename, f.f_lineno, co.co_name, None))
        exc = self._exception
        if not extracted:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        traceback.print_list(extracted, file=file)
        if exc is not None:
            for line in traceback.format_exception_only(exc.__class__, exc):
                print(line, file=file, end='')


class Task(_TaskRepr, futures._PyFuture):
    """A coroutine wrapped in a Future.

    Invariant while pending: either _fut_waiter is None and a step is
    queued on the loop, or _fut_waiter is the future whose done callback
    (task_wakeup) will queue the next step.
    """

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None,
                 _internal=False):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = f'Task-{_next_task_number()}'
        else:
            self._name = str(name)
        self._id = _next_task_id()
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        loop = self._loop
        if _TRACING:
            parent = loop._current_task
            tracing.emit(loop, 'spawn', {
                'task': self._id, 'name': self._name,
                'coroutine': coroutines.coroutine_name(coro),
                'parent': parent._id if parent is not None else None,
                'internal': _internal})
        loop._call_soon(self._step, (), self)
        _pending_tasks[self] = None

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        if _TRACING:
            tracing.emit(self._loop, 'rename', {'task': self._id,
                                                'name': self._name})

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def _wait_info(self):
        info = {'kind': 'task'}
        info.update(tracing.task_ref(self))
        return info

    def cancel(self, msg=None):
        """Requests cancellation: the coroutine gets CancelledError(msg) at
        its next step; a task that catches it may still finish normally
        (conformance 031). cancelling() counts the requests (032)."""
        self._log_tb = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if _TRACING:
            tracing.emit(self._loop, 'cancel', {
                'task': self._id, 'name': self._name,
                'by': tracing.actor(self._loop),
                'msg': None if msg is None else repr(msg)})
        waiter = self._fut_waiter
        if waiter is not None:
            if waiter.cancel(msg=msg):
                # The wakeup delivers the CancelledError.
                return True
        # Not waiting (step queued or running): cancel at the next step,
        # even the first one, so the body never runs (conformance 032).
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancel() requests are outstanding."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraws one cancel() request; returns the remaining count."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self, kind, fields):
        fields['task'] = self._id
        fields['name'] = self._name
        tracing.emit(self._loop, kind, fields)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, _CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        if loop._current_task is not None:
            raise RuntimeError(
                f"Cannot enter into task {self!r} while another task "
                f"{loop._current_task!r} is being executed.")
        loop._current_task = self
        tracing_on = _TRACING
        if tracing_on:
            tracing.emit(loop, 'resume', {
                'task': self._id, 'name': self._name, 'coro': self._coro,
                'throw': None if exc is None else type(exc).__name__})
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            del _pending_tasks[self]
            if self._must_cancel:
                # Cancelled while running its last step: ends cancelled.
                self._must_cancel = False
                if tracing_on:
                    self._finish('raise', {'exception': 'CancelledError',
                                           'message': '', 'cancelled': True})
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                if tracing_on:
                    self._finish('done', {'result': _safe_repr(stop.value)})
                futures.Future.set_result(self, stop.value)
        except _CancelledError as cancelled:
            del _pending_tasks[self]
            if tracing_on:
                fields = _error_fields(cancelled)
                fields['cancelled'] = True
                self._finish('raise', fields)
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            del _pending_tasks[self]
            if tracing_on:
                self._finish('raise', _error_fields(error))
            futures.Future.set_exception(self, error)
            raise
        except BaseException as error:
            del _pending_tasks[self]
            if tracing_on:
                self._finish('raise', _error_fields(error))
                loop._failed_tasks.append(self)
            futures.Future.set_exception(self, error)
        else:
            if result is None:
                # A bare yield (sleep(0)) gives up exactly one loop pass
                # (conformance 018, 104); inlined, the most common switch.
                if tracing_on:
                    tracing.emit(loop, 'suspend', {
                        'task': self._id, 'name': self._name,
                        'coro': self._coro, 'on': {'kind': 'yield'}})
                loop._call_soon(self._step, (), self)
            else:
                self._handle_yield(loop, result, tracing_on)
        finally:
            loop._current_task = None
            # The exception's traceback holds this frame: drop the task and
            # the thrown exception from it so a failed task nobody holds is
            # freed (and reports an unretrieved exception) now, as CPython's
            # Task.__step does.
            self = exc = None

    def _handle_yield(self, loop, result, tracing_on):
        # The coroutine yielded something other than None: normally a
        # future to wait on.
        if isinstance(result, _Future):
            # Our own futures, the common case: no duck typing needed.
            blocking = result._asyncio_future_blocking
            result_loop = result._loop
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is None:
                if isinstance(result, types.GeneratorType):
                    self._retry_with(RuntimeError(
                        f'yield was used instead of yield from for generator '
                        f'in task {self!r} with {result!r}'), tracing_on)
                else:
                    self._retry_with(RuntimeError(
                        f'Task got bad yield: {result!r}'), tracing_on)
                return
            result_loop = futures._get_loop(result)
        if result_loop is not loop:
            self._retry_with(RuntimeError(
                f'Task {self!r} got Future {result!r} attached to a '
                f'different loop'), tracing_on)
        elif not blocking:
            self._retry_with(RuntimeError(
                f'yield was used instead of yield from in task {self!r} '
                f'with {result!r}'), tracing_on)
        elif result is self:
            self._retry_with(RuntimeError(
                f'Task cannot await on itself: {self!r}'), tracing_on)
        else:
            self._wait_on(loop, result, tracing_on)

    def _wait_on(self, loop, result, tracing_on):
        # Sleep until `result` is done: its done callback wakes this task.
        result._asyncio_future_blocking = False
        if tracing_on:
            tracing.emit(loop, 'suspend', {
                'task': self._id, 'name': self._name, 'coro': self._coro,
                'on': tracing.describe(result)})
        add_wakeup = getattr(result, '_add_wakeup', None)
        if add_wakeup is not None:
            add_wakeup(self.task_wakeup, self)
        else:
            result.add_done_callback(self.task_wakeup)
        self._fut_waiter = result
        if self._must_cancel:
            if result.cancel(msg=self._cancel_message):
                self._must_cancel = False

    def _retry_with(self, error, tracing_on):
        # The coroutine yielded something unusable: throw `error` into it at
        # the next pass.
        if tracing_on:
            tracing.emit(self._loop, 'suspend', {
                'task': self._id, 'name': self._name, 'coro': self._coro,
                'on': {'kind': 'yield'}})
        self._loop._call_soon(self._step, (error,), self)

    def task_wakeup(self, future):
        # Runs as the awaited future's done callback. The step runs outside
        # the except block so the coroutine does not see `error` as context.
        error = None
        try:
            future.result()
        except BaseException as caught:
            error = caught
        try:
            if error is None:
                self._step()
            else:
                self._step(error)
        finally:
            # A traceback through the step holds this frame (the step's
            # frame's f_back): break the cycle so the task, the error and
            # what their frames hold are freed as soon as nothing else
            # needs them (CPython's task_wakeup is C).
            error = self = future = None


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return '<unrepresentable>'


def _error_fields(error):
    try:
        message = str(error)
    except Exception:
        message = ''
    return {'exception': type(error).__name__, 'message': message,
            'cancelled': False}


# The pure-Python reference, kept under its own name for the VM's case.
_PyTask = Task


class _Collected:
    """Stands for a native Future or Task freed with an exception nobody
    retrieved (Sources/Runtime/Asyncio/FutureFinalization.swift): its
    __del__ reports it as CPython's Future.__del__ does, and its repr is
    the freed object's."""

    _state = futures._FINISHED
    _num_cancels_requested = 0
    _fut_waiter = None
    _callbacks = ()
    _result = None

    def __del__(self):
        self._loop.call_exception_handler({
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })


_CollectedTask = type('Task', (_Collected, _TaskRepr, futures._FutureRepr),
                      {'__module__': '_asyncio', '__slots__': ()})
_CollectedFuture = type('Future', (_Collected, futures._FutureRepr),
                        {'__module__': '_asyncio', '__slots__': ()})

if futures._native is not None:
    class Task(_TaskRepr, futures._native.Task, futures.Future):
        """A coroutine wrapped in a Future (the VM's native Task: the
        methods of _PyTask above, in Swift)."""

        __module__ = '_asyncio'
        __class_getitem__ = classmethod(types.GenericAlias)

    futures._native.setup(
        Future=futures.Future, Task=Task,
        CancelledError=exceptions.CancelledError,
        InvalidStateError=exceptions.InvalidStateError,
        get_event_loop=events._get_event_loop,
        iscoroutine=coroutines.iscoroutine,
        callback_name=events.callback_name,
        is_internal=tracing.is_internal,
        describe_blocker=tracing.describe_blocker,
        handle_repr=events._handle_repr)


# --- tasks still pending when the program ends --------------------------

class _ExitSentinel:
    """Alive for the whole run: its weakref.finalize runs at exit."""


_exit_sentinel = None
_exit_finalizer = None


def _note_pending_at_stop(loop):
    """Called when `loop` stops with tasks of its still pending: unless a
    Runner owns the loop (its close() cancels them), arranges for what is
    still pending when the program ends to be destroyed then. Returns
    whether it did (once per run)."""
    global _exit_sentinel, _exit_finalizer
    if _exit_finalizer is not None:
        return True
    if getattr(loop, '_runner_owned', False):
        return False
    import weakref  # only for programs that leave tasks behind
    _exit_sentinel = _ExitSentinel()
    _exit_finalizer = weakref.finalize(_exit_sentinel, _destroy_pending_tasks)
    return True


def _destroy_pending_tasks():
    """What CPython's shutdown collection does to each task still pending,
    in creation order: its coroutine is closed (its finally blocks run),
    then Task.__del__ reports it to its loop's exception handler, unless
    run_until_complete made it."""
    for task in _tasks_of(None):
        close = getattr(task._coro, 'close', None)
        if close is not None:
            try:
                close()
            except Exception:
                pass
        if task._log_destroy_pending:
            task._loop.call_exception_handler({
                'task': task,
                'message': 'Task was destroyed but it is pending!',
            })


def current_task(loop=None):
    """The task running on `loop` (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


if futures._native is not None:
    current_task = futures._native.current_task


def all_tasks(loop=None):
    """The set of not-yet-done tasks of `loop` (default: the running loop)."""
    if loop is None:
        loop = events.get_running_loop()
    return set(_tasks_of(loop))


def _tasks_of(loop):
    # all_tasks() in creation order, for deterministic shutdown.
    if futures._native is not None:
        return futures._native.pending_tasks(loop)
    return [task for task in _pending_tasks
            if (loop is None or task._loop is loop) and not task.done()]


def create_task(coro, *, name=None, context=None):
    """Schedules coro as a Task on the running loop."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine or awaitable wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '  # cpython: tasks.py:674
                            'is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


# The pure-Python references; the VM's are native for a coroutine on the
# running loop and a future as it is, and fall back to these.
_py_create_task = create_task
_py_ensure_future = ensure_future

if futures._native is not None:
    create_task = futures._native.create_task
    ensure_future = futures._native.ensure_future
    futures._native.setup(fallbacks={'create_task': _py_create_task,
                                     'ensure_future': _py_ensure_future})


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())
