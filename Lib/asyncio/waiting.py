"""sleep(), wait(), wait_for() and as_completed()."""

__all__ = ('sleep', 'wait', 'wait_for', 'as_completed',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

import types

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import host
from . import queues
from . import tasks

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


@types.coroutine
def _sleep0():
    # A bare yield: Task._step reschedules the task for the next pass.
    yield  # cpython: tasks.py:634


async def sleep(delay, result=None):
    """Suspends for `delay` virtual seconds; sleep(0) and negative delays
    give up one loop pass without a timer (conformance 018, 112)."""
    if delay <= 0:  # cpython: tasks.py:639
        await _sleep0()  # cpython: tasks.py:640
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled,
                             future, result)
    if host.TRACING:
        future._blocker = ('sleep', handle._when)
    try:
        return await future  # cpython: tasks.py:649
    finally:
        handle.cancel()


# The pure-Python reference; the VM's sleep is native (the same steps in
# Swift) and hands this one what it leaves to Python.
_py_sleep = sleep

if futures._native is not None:
    sleep = futures._native.sleep
    futures._native.setup(sleep_fallback=_py_sleep)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for futures/tasks; returns the sets (done, pending). Bare
    coroutines are refused in 3.11 (conformance 015)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")  # cpython: tasks.py:416
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')  # cpython: tasks.py:418
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(dict.fromkeys(fs))
    for f in fs:
        if coroutines.iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks "
                            "explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)  # cpython: tasks.py:428


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    waiter._blocker = ('wait', fs)
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (
                    not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter  # cpython: tasks.py:535
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


# The pure-Python reference; the VM's wait is native (the same steps in
# Swift, for the calls without a timeout) and hands this one the rest.
_py_wait = wait

if futures._native is not None:
    wait = futures._native.wait
    futures._native.setup(fallbacks={'wait': _py_wait})


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    waiter._blocker = ('task', (fut, None))

    def release(f):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter  # cpython: tasks.py:562
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it and raising TimeoutError after `timeout`.

    The timeout timer is pushed before the awaited job's own timers, so a
    job finishing at the same instant loses (conformance 120); timeout <= 0
    cancels the job before it runs; cancelling the waiting task raises
    CancelledError, not TimeoutError (028).
    """
    loop = events.get_running_loop()
    if timeout is None:
        return await fut  # cpython: tasks.py:452
    if timeout <= 0:  # cpython: tasks.py:454
        fut = tasks.ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  # cpython: tasks.py:458
        await _cancel_and_wait(fut, loop=loop)  # cpython: tasks.py:460
        try:
            return fut.result()  # cpython: tasks.py:462
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # cpython: tasks.py:464

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def release(f):
        _release_waiter(waiter)

    fut = tasks.ensure_future(fut, loop=loop)
    waiter._blocker = ('task', (fut, timeout_handle._when))
    fut.add_done_callback(release)
    try:
        try:
            await waiter  # cpython: tasks.py:476
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()  # cpython: tasks.py:479
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)  # cpython: tasks.py:485
            raise  # cpython: tasks.py:486
        if fut.done():
            return fut.result()  # cpython: tasks.py:489
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)  # cpython: tasks.py:495
        # The task may have swallowed the cancellation and returned.
        try:
            return fut.result()  # cpython: tasks.py:500
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # cpython: tasks.py:502
    finally:
        timeout_handle.cancel()


class _CompletionQueue(queues.Queue):
    # as_completed()'s queue of finished futures: its getters wait for the
    # futures still to complete.

    def __init__(self, todo):
        super().__init__()
        self._todo = todo

    def _getter_blocker(self):
        return ('wait', self._todo)


def as_completed(fs, *, timeout=None):
    """Yields coroutines that return the results in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(
            f"expect an iterable of futures, not {type(fs).__name__}")
    loop = events._get_event_loop()
    todo = {}
    for f in dict.fromkeys(fs):
        todo[tasks.ensure_future(f, loop=loop)] = None
    done = _CompletionQueue(todo)
    timeout_handle = None

    def _on_timeout():
        for f in list(todo):
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # a dummy: _wait_for_one() raises
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() came first
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()  # cpython: tasks.py:611
        if f is None:
            raise exceptions.TimeoutError  # cpython: tasks.py:614
        return f.result()  # cpython: tasks.py:615

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
