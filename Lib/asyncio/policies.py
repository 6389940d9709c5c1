"""Scheduling policies other than fifo (CPython's own order)."""

from . import heap
from . import host


def run_chosen_step(loop, choose):
    """Runs one handle picked by `choose(n)` among the n ready ones.

    Used instead of the fifo pass when the VM runs a random or explore
    policy: any ready handle may run next, including ones queued by the
    handle just run, so every interleaving asyncio allows is reachable.
    Time still moves only when nothing is ready, and due timers are ready.
    """
    scheduled = loop._drop_cancelled_timers()
    ready = loop._ready
    for handle in ready:
        if handle._cancelled:
            # Cancelled handles are not choices.
            live = [h for h in ready if not h._cancelled]
            ready.clear()
            ready.extend(live)
            break
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
        if not handle._cancelled:
            ready.append(handle)
    count = len(ready)
    if count == 0:
        return
    index = choose(count) if count > 1 else 0
    if index == 0:
        handle = ready.popleft()
    else:
        handle = ready[index]
        del ready[index]
    loop._run_handle(handle, host.TRACING)
    loop._running_handle = None
