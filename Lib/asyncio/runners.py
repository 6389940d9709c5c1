"""asyncio.run() and Runner: a fresh loop per run, cleaned up afterwards."""

__all__ = ('Runner', 'run')

import functools
import sys

from . import coroutines
from . import events
from . import exceptions
from . import gathering
from . import tasks

_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:
    """Context manager owning one event loop: run() coroutines on it, and
    on exit cancel leftover tasks, close async generators, close the loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._interrupt_count = 0

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shuts the loop down the way asyncio.run() does."""
        if self._state != _INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            # Each of these is a task of its own, consuming a Task-N number
            # and loop passes, as in CPython.
            loop.run_until_complete(
                _internal_task(loop, loop.shutdown_asyncgens()))
            loop.run_until_complete(
                _internal_task(loop, loop.shutdown_default_executor()))
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Runs coro as the main task until it completes."""
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))  # cpython: runners.py:89
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            # Every run() of one Runner shares one context, so a context
            # variable set in one run is seen by the next (CPython 3.11).
            context = self._shared_context()
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)

        # As CPython: while the main task runs, a SIGINT cancels it (a
        # second one raises KeyboardInterrupt at once). Only a program that
        # has imported signal can raise one, so the module is not imported
        # here otherwise.
        signal = sys.modules.get('signal')
        sigint_handler = None
        if (signal is not None and
                signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            sigint_handler = functools.partial(self._on_sigint, main_task=task)
            try:
                signal.signal(signal.SIGINT, sigint_handler)
            except ValueError:
                sigint_handler = None

        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)  # cpython: runners.py:118
        except exceptions.CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, "uncancel", None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            if (sigint_handler is not None and
                    signal.getsignal(signal.SIGINT) is sigint_handler):
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            # CPython wakes a loop blocked in select() here.
            self._loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        # Tasks left pending when a run stops are this Runner's to cancel
        # (close()); the exit report is only for loops nobody closes.
        self._loop._runner_owned = True
        self._context = None
        self._state = _INITIALIZED

    def _shared_context(self):
        # Made on first use, and only once the program uses contextvars:
        # importing contextvars installs its asyncio rules (Lib/contextvars.py),
        # which a program without context variables does without.
        if self._context is None:
            import sys
            contextvars = sys.modules.get('contextvars')
            if contextvars is not None:
                self._context = contextvars.copy_context()
        return self._context


def run(main, *, debug=None):
    """Runs coroutine `main` on a new loop and returns its result.

    Refused inside a running loop, leaving `main` unawaited (conformance
    067). Tasks still pending when main returns are cancelled; an orphan
    created just before it returns still takes its first step (106).
    """
    if events._get_running_loop() is not None:
        raise RuntimeError(  # cpython: runners.py:186
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)  # cpython: runners.py:190


def _internal_task(loop, coro):
    # What run_until_complete(coro) would create, flagged for the trace as
    # asyncio's own housekeeping rather than the program's. A loop with a
    # task factory makes these tasks through it, as CPython's
    # run_until_complete does (the factory sees the shutdown coroutines).
    if loop.get_task_factory() is not None:
        return loop.create_task(coro)
    return tasks.Task(coro, loop=loop, _internal=True)


def _cancel_all_tasks(loop):
    # CPython iterates a set here (address order); creation order keeps the
    # run deterministic.
    to_cancel = tasks._tasks_of(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(
        gathering.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
