"""Scheduling under a choice function (the VM's fifo, random and explore
policies, and replays of a recorded schedule)."""

from . import heap
from . import host


def run_chosen_pass(loop, choose):
    """One loop pass in which `choose(n)` picks each handle to run.

    The pass starts exactly as BaseEventLoop._run_once starts one (cancelled
    timers dropped, the clock moved only if nothing is ready, due timers
    appended) and ends once every handle that was ready at its start has
    run. Before each step `choose(n)` picks any of the n ready handles,
    index 0 being the oldest, so a handle queued during the pass may run
    before older ones. Choosing 0 every time is exactly CPython's order,
    and stop() still takes effect only between passes.
    """
    scheduled = loop._drop_cancelled_timers()
    ready = loop._ready
    if not ready:
        if scheduled:
            loop._advance_clock(scheduled[0]._when)
        elif not loop._stopping:
            loop._deadlock()
    end_time = loop._now + loop._clock_resolution
    while scheduled:
        handle = scheduled[0]
        if handle._when >= end_time:
            break
        handle = heap.pop_timer(scheduled)
        handle._scheduled = False
        ready.append(handle)
    left = len(ready)
    tracing_on = host.TRACING
    while left > 0:
        count = len(ready)
        index = 0
        if count > 1:
            index = choose(count)
            if index < 0 or index >= count:
                index = 0
        handle = ready.pop(index)
        if index < left:
            left -= 1
        if handle._cancelled:
            continue
        # As in BaseEventLoop._run_once (inlined: the VM's hot path).
        if tracing_on:
            loop._trace_handle(handle)
        try:
            handle._callback(*handle._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            loop._report_callback_error(handle, exc)
    loop._running_handle = None
