"""loop.run_in_executor(), asyncio.wrap_future() and asyncio.to_thread()
without threads.

The sandbox has one thread, so a call sent to an executor cannot run in
parallel with the loop. Instead run_in_executor() returns a pending asyncio
Future at once and queues one loop callback (named like the function, so the
trace shows it run); when the loop runs that callback the function runs
synchronously, to completion, and its result or exception settles the
future, which wakes whoever awaits it. With executor=None (and for to_thread)
the function is called directly; with an executor object, the callback calls
executor.submit(func, *args) and the future follows the returned
concurrent.futures.Future (wrap_future). Consequences worth knowing: a
blocking call inside the function (time.sleep) blocks the whole loop, as
time.sleep does anywhere in the sandbox; and the result is never ready
before the next pass of the loop, as in CPython where the worker thread
reports back through call_soon_threadsafe.
"""

import concurrent.futures
import functools

from . import events
from . import format_helpers
from . import futures

__all__ = ('ExecutorLoopMixin', 'run_coroutine_threadsafe', 'to_thread', 'wrap_future')


def _copy_future_state(source, dest):
    # source: a finished concurrent.futures.Future; dest: an asyncio Future.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(exception)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future."""
    if futures.isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def on_done(source):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_future_state, source, new_future)

    future.add_done_callback(on_done)
    return new_future


class _ExecutorCall:
    """The loop callback that runs one executor call (see the module doc).

    It carries the function's __qualname__ and __module__ so the trace
    names the callback after the user's function."""

    def __init__(self, loop, future, executor, func, args):
        self._loop = loop
        self._future = future
        self._executor = executor
        self._func = func
        self._args = args
        self.__qualname__ = format_helpers.callback_name(func)
        self.__module__ = getattr(func, '__module__', None)

    def __call__(self):
        future = self._future
        if future.cancelled():
            return
        import contextvars
        # A worker thread starts with an empty context (CPython 3.11).
        fresh = contextvars.Context()
        if self._executor is not None:
            try:
                submitted = fresh.run(self._executor.submit, self._func, *self._args)
            except BaseException as exc:
                future.set_exception(exc)
                return
            if submitted.done():
                _copy_future_state(submitted, future)
            else:
                wrap = wrap_future(submitted, loop=self._loop)
                wrap.add_done_callback(lambda w: _copy_future_state_from_asyncio(w, future))
            return
        try:
            result = fresh.run(self._func, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)


def _copy_future_state_from_asyncio(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    elif source.exception() is not None:
        dest.set_exception(source.exception())
    else:
        dest.set_result(source.result())


class ExecutorLoopMixin:
    """run_in_executor and the default-executor methods of the event loop."""

    _default_executor = None

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in a loop callback; returns a Future of its result."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
        if getattr(executor, '_shutdown', False):
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = self.create_future()
        self.call_soon(_ExecutorCall(self, future, executor, func, args))
        return future

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=True)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a copy of the current context, through
    loop.run_in_executor(None, ...) (synchronously: the sandbox has no threads)."""
    import contextvars  # not at import time: contextvars imports asyncio
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, _named(func_call, func))


def _named(call, func):
    # functools.partial has no __qualname__: the trace names the user's function.
    try:
        call.__qualname__ = format_helpers.callback_name(func)
        call.__module__ = getattr(func, '__module__', None)
    except (AttributeError, TypeError):
        pass
    return call


def run_coroutine_threadsafe(coro, loop):
    """Submits coro to `loop` and returns a concurrent.futures.Future of its
    result, as CPython does from another thread: the task is created by a
    loop callback (call_soon_threadsafe) and its outcome copied into the
    returned future when it finishes. The sandbox has one thread, so this
    is only useful from code the loop runs; waiting on the future before
    the task is done (future.result()) cannot succeed there: with a timeout
    it raises TimeoutError, without one the run is reported deadlocked."""
    from . import coroutines
    from . import tasks
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            task = tasks.ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise
        _chain_future(task, future, loop)

    loop.call_soon_threadsafe(callback)
    return future


def _chain_future(source, dest, loop):
    # CPython's futures._chain_future for an asyncio source on `loop` and a
    # concurrent.futures dest (the inner names are CPython's, for reprs).
    def _call_check_cancel(destination):
        if destination.cancelled():
            loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if source.cancelled():
            dest.cancel()
        if not dest.set_running_or_notify_cancel():
            return
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())

    dest.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)
