"""The event loop: a ready queue, a timer heap and a virtual clock.

Scheduling is CPython's BaseEventLoop._run_once exactly (see _run_once);
the only difference is that where CPython would block in select() until the
earliest timer, the virtual clock jumps straight to that timer's deadline,
as the conformance oracle does. The scheduling core (_PyLoopCore here) is
native in the VM (_interleave_asyncio.LoopCore, Sources/Runtime/Asyncio),
which also lets a scheduling policy pick among the ready handles.
"""

__all__ = ('BaseEventLoop', 'EventLoop', 'VirtualTimeLoop')

import _asyncio_log

from . import events
from . import executors
from . import futures
from . import gathering
from . import heap
from . import host
from . import loop_errors
from . import network
from . import policies
from . import tasks
from . import tracing
from . import unix_signals
from . import unsupported

# Fixed for the whole run when host is imported.
_TRACING = host.TRACING
# The choice function of a scheduling policy (pure-Python core only).
_CHOOSE = host.CHOOSE
_Handle = events.Handle
# CPython compacts the timer heap (and re-heapifies it, which changes the
# order of equal deadlines) when more than this many timers are scheduled
# and more than half of them are cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# time.get_clock_info('monotonic').resolution on Linux: timers due before
# now + resolution fire in the current pass.
_CLOCK_RESOLUTION = 1e-09


def _next_up(value):
    # The next float above a large positive `value`: the first step of the
    # form resolution * 2**k that changes `value` is in (ulp/2, ulp].
    step = _CLOCK_RESOLUTION
    while value + step == value:
        step *= 2
    return value + step


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is already unwinding with this exception.
            return
    futures._get_loop(fut).stop()


class _PyLoopCore:
    """The scheduling core of the loop in pure Python (under CPython; the
    VM provides the same core natively as _interleave_asyncio.LoopCore)."""

    def __init__(self):
        self._now = 0.0
        self._closed = False
        self._stopping = False
        # The ready queue: a plain list (CPython uses a deque). A fifo pass
        # takes the whole list and starts a new one for what it schedules.
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._clock_resolution = _CLOCK_RESOLUTION
        # The task whose step is running (current_task()), and, while
        # tracing, the handle being run (who wakes whom).
        self._current_task = None
        self._running_handle = None
        self._time_limit = host.time_limit()
        # While tracing: tasks that ended with an exception, checked at
        # close() for "exception never retrieved" warnings.
        self._failed_tasks = []
        if _TRACING:
            tracing.emit(self, 'clock', {'from': None, 'reset': True})

    def time(self):
        """The loop's virtual time in seconds (0.0 when the loop is new)."""
        return self._now

    def _call_soon(self, callback, args, task):
        if self._closed:
            raise RuntimeError('Event loop is closed')  # cpython: base_events.py:519
        handle = _Handle(callback, args, self, None, task)
        self._ready.append(handle)
        if task is not None and _TRACING:
            tracing.emit(self, 'wake', {'task': task._id, 'name': task._name,
                                        'by': tracing.actor(self)})
        return handle

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) in the next pass, after what is queued."""
        return self._call_soon(callback, args, None)  # cpython: base_events.py:761

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Same as call_soon (there is only one thread)."""
        return self._call_soon(callback, args, None)

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) at time() + delay; call_later(0) still goes
        through the timer heap, behind call_soon (conformance 034)."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self._now + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) at virtual time `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self)
        heap.push_timer(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        """A new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedules coro as a Task; its first step runs in the next pass."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def stop(self):
        """Stops after the current pass."""
        self._stopping = True

    def _run_until_stopped(self):
        while True:
            self._run_once()  # cpython: base_events.py:607
            if self._stopping:
                break

    def _clear_queues(self):
        self._ready.clear()
        self._scheduled.clear()

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heap.heapify_timers(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
            return kept
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            handle = heap.pop_timer(scheduled)
            handle._scheduled = False
        return scheduled

    def _advance_clock(self, when):
        if when <= self._now:
            return
        limit = self._time_limit
        if limit is not None and when > limit:
            host.limit('time', limit)
        previous = self._now
        self._now = when
        if not when < when + self._clock_resolution:
            # Beyond ~190 days now + resolution rounds back to now; step
            # one ulp past the deadline so the timer fires (as the oracle).
            self._now = _next_up(when)
        if _TRACING:
            tracing.emit(self, 'clock', {'from': previous})

    def _run_once(self):
        """One pass: drop cancelled timers at the heap top; if nothing is
        ready jump the clock to the earliest deadline; move every due timer,
        in heap-pop order, behind what is already ready; then run exactly
        the handles that were queued when the pass began (conformance 034:
        what they schedule waits for the next pass)."""
        if _CHOOSE is not None:
            policies.run_chosen_pass(self, _CHOOSE)
            return
        scheduled = self._drop_cancelled_timers()
        ready = self._ready
        if not ready:
            if scheduled:
                self._advance_clock(scheduled[0]._when)
            elif not self._stopping:
                self._deadlock()
        end_time = self._now + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heap.pop_timer(scheduled)
            handle._scheduled = False
            ready.append(handle)
        if not ready:
            return
        # Exactly the handles ready now run in this pass; what they schedule
        # goes to a fresh list for the next one.
        self._ready = []
        tracing_on = _TRACING
        # Each handle leaves the batch as it runs and is dropped when the
        # next is taken (CPython pops its deque): what it alone held (a
        # task that just failed, whose __del__ reports an unretrieved
        # exception) is freed then, not at the end of the pass.
        for position in range(len(ready)):
            handle = ready[position]
            ready[position] = None
            if handle._cancelled:
                continue
            if tracing_on:
                self._trace_handle(handle)
            try:
                handle._callback(*handle._args)  # cpython: base_events.py:1922 events.py:80
            except (SystemExit, KeyboardInterrupt):
                self._ready = ready[position + 1:] + self._ready
                raise
            except BaseException as exc:
                self._report_callback_error(handle, exc)
        handle = None
        self._running_handle = None

    def _trace_handle(self, handle):
        self._running_handle = handle
        if handle._task is None:
            callback = handle._callback
            tracing.emit(self, 'callback', {
                'callback': events.callback_name(callback),
                'timer': isinstance(handle, events.TimerHandle),
                'internal': tracing.is_internal(callback)})

    # BaseEventLoop's in CPython; the native core has these natively
    # (Sources/Runtime/Asyncio/LoopRunning.swift).
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')  # cpython: base_events.py:519

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')  # cpython: base_events.py:588
        if events._get_running_loop() is not None:
            raise RuntimeError(  # cpython: base_events.py:590
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs passes until stop() is called."""
        self._check_closed()  # cpython: base_events.py:595
        self._check_running()  # cpython: base_events.py:596
        old_hooks = host.get_asyncgen_hooks()
        try:
            self._running = True
            host.set_asyncgen_hooks(self._asyncgen_firstiter_hook,
                                    self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            self._run_until_stopped()
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            host.set_asyncgen_hooks(old_hooks[0], old_hooks[1])

    def run_until_complete(self, future):
        """Runs until the future (or coroutine, wrapped in a Task) is done
        and returns its result or raises its exception."""
        self._check_closed()  # cpython: base_events.py:628
        self._check_running()  # cpython: base_events.py:629
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()  # cpython: base_events.py:640
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')  # cpython: base_events.py:651
        return future.result()  # cpython: base_events.py:653


_LoopCore = _PyLoopCore if futures._native is None else futures._native.LoopCore
if futures._native is not None:
    # The done callback of the native run_until_complete: this function,
    # so that a task's repr and the trace name it as CPython does.
    futures._native.setup(run_until_complete_cb=_run_until_complete_cb)


class BaseEventLoop(loop_errors.LoopErrorsMixin,
                    executors.ExecutorLoopMixin,
                    network.NetworkLoopMixin,
                    unsupported.UnsupportedLoopMixin,
                    unix_signals.SignalLoopMixin,
                    events.AbstractEventLoop, _LoopCore):
    """An asyncio event loop on a virtual clock that starts at 0.0."""

    def __init__(self, selector=None):
        # SelectorEventLoop(selector) is accepted, as CPython's; the
        # virtual loop waits on no file descriptors, so it only keeps it.
        self._selector = selector
        self._running = False
        self._debug = False
        # In debug mode CPython warns about callbacks slower than this;
        # kept for programs that read or set it.
        self.slow_callback_duration = 0.1
        self._task_factory = None
        self._asyncgens = host.weak_set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        _LoopCore.__init__(self)
        _asyncio_log.loop_created()

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # --- time and scheduling ---------------------------------------------

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # --- running ----------------------------------------------------------

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Closes the loop, dropping every queued callback and timer."""
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._remove_all_signal_handlers()
        if self._debug:
            _asyncio_log.loop_closed(self)
        if _TRACING:
            self._trace_leftovers()
        self._closed = True
        self._clear_queues()
        self._executor_shutdown_called = True

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _trace_leftovers(self):
        tracing.leftover_warnings(self, self._failed_tasks,
                                  tasks._tasks_of(self))
        self._failed_tasks = []

    def _deadlock(self):
        host.deadlock(tracing.deadlock_graph(tasks._tasks_of(self)))
        raise RuntimeError('deadlock: no task can make progress')

    # --- async generators -------------------------------------------------

    def _asyncgen_finalizer_hook(self, agen):
        # An abandoned async generator: close it in a task, two passes later
        # (conformance 053).
        self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Closes every async generator that is still alive."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gathering.gather(
            *[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Nothing to shut down (no executor); kept because asyncio.run
        awaits it, which costs a task and loop passes like CPython's."""
        self._executor_shutdown_called = True


class VirtualTimeLoop(BaseEventLoop):
    """The loop every run gets: CPython's loop on the run's virtual clock
    (DESIGN.md "Clocks"). Named as the conformance oracle's loop is, so a
    program that prints its loop prints what the oracle's CPython does."""


EventLoop = VirtualTimeLoop
events._set_default_loop_factory(VirtualTimeLoop)
