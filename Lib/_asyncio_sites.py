"""The frames CPython 3.11's pure-Python asyncio shows in tracebacks and
stacks, for the places where Interleave's asyncio differs (native code, or
Python code in other files and lines).

Two sources name a CPython frame, a *site* `FILE:LINE` (FILE in asyncio/):
- a marker comment `# cpython: tasks.py:500` at the end of a line of
  Lib/asyncio says that a frame paused or raising on that line is CPython's
  frame at that site (several sites, outermost first, when one of our frames
  stands for a chain of CPython's); a Lib/asyncio frame on an unmarked line
  is a helper CPython does not have, and traceback hides it;
- native code (the VM's sleep, Queue.get, Lock.acquire, the loop...) adds
  traceback entries whose file is `<cpython>/asyncio/FILE`.

SITES maps (FILE, LINE) to (function, the source line CPython prints, the
part of it CPython underlines or None). Only those single lines are here.
"""

PREFIX = '<cpython>/asyncio/'

SITES = {
    ('base_events.py', 607): ('run_forever', 'self._run_once()', 'self._run_once()'),
    ('base_events.py', 640): ('run_until_complete', 'self.run_forever()', 'self.run_forever()'),
    ('base_events.py', 651): ('run_until_complete', "raise RuntimeError('Event loop stopped before Future completed.')", None),
    ('base_events.py', 653): ('run_until_complete', 'return future.result()', 'future.result()'),
    ('base_events.py', 1922): ('_run_once', 'handle._run()', 'handle._run()'),
    ('events.py', 80): ('_run', 'self._context.run(self._callback, *self._args)', 'self._context.run(self._callback, *self._args)'),
    ('locks.py', 15): ('__aenter__', 'await self.acquire()', 'await self.acquire()'),
    ('locks.py', 114): ('acquire', 'await fut', 'await fut'),
    ('locks.py', 213): ('wait', 'await fut', 'await fut'),
    ('locks.py', 267): ('wait', 'await fut', 'await fut'),
    ('locks.py', 277): ('wait', 'await self.acquire()', 'await self.acquire()'),
    ('locks.py', 294): ('wait_for', 'await self.wait()', 'await self.wait()'),
    ('locks.py', 387): ('acquire', 'await fut', 'await fut'),
    ('locks.py', 476): ('__aenter__', 'return await self.wait()', 'await self.wait()'),
    ('locks.py', 489): ('wait', 'await self._block() # Block while the barrier drains or resets.', 'await self._block()'),
    ('locks.py', 495): ('wait', 'await self._release()', 'await self._release()'),
    ('locks.py', 497): ('wait', 'await self._wait()', 'await self._wait()'),
    ('locks.py', 510): ('_block', 'await self._cond.wait_for(', 'await self._cond.wait_for('),
    ('locks.py', 518): ('_block', 'raise exceptions.BrokenBarrierError("Barrier aborted")', None),
    ('locks.py', 534): ('_wait', 'await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)', 'await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)'),
    ('locks.py', 537): ('_wait', 'raise exceptions.BrokenBarrierError("Abort or reset of barrier")', None),
    ('tasks.py', 634): ('__sleep0', 'yield', 'yield'),
    ('queues.py', 120): ('put', 'await putter', 'await putter'),
    ('queues.py', 158): ('get', 'await getter', 'await getter'),
    ('queues.py', 215): ('join', 'await self._finished.wait()', 'await self._finished.wait()'),
    ('runners.py', 118): ('run', 'return self._loop.run_until_complete(task)', 'self._loop.run_until_complete(task)'),
    ('runners.py', 190): ('run', 'return runner.run(main)', 'runner.run(main)'),
    ('taskgroups.py', 110): ('__aexit__', 'await self._on_completed_fut', 'await self._on_completed_fut'),
    ('taskgroups.py', 129): ('__aexit__', 'raise self._base_error', None),
    ('taskgroups.py', 134): ('__aexit__', 'raise propagate_cancellation_error', None),
    ('taskgroups.py', 145): ('__aexit__', 'raise me from None', None),
    ('tasks.py', 428): ('wait', 'return await _wait(fs, timeout, return_when, loop)', 'await _wait(fs, timeout, return_when, loop)'),
    ('tasks.py', 452): ('wait_for', 'return await fut', 'await fut'),
    ('tasks.py', 458): ('wait_for', 'return fut.result()', 'fut.result()'),
    ('tasks.py', 460): ('wait_for', 'await _cancel_and_wait(fut, loop=loop)', 'await _cancel_and_wait(fut, loop=loop)'),
    ('tasks.py', 462): ('wait_for', 'return fut.result()', 'fut.result()'),
    ('tasks.py', 464): ('wait_for', 'raise exceptions.TimeoutError() from exc', None),
    ('tasks.py', 476): ('wait_for', 'await waiter', 'await waiter'),
    ('tasks.py', 479): ('wait_for', 'return fut.result()', 'fut.result()'),
    ('tasks.py', 485): ('wait_for', 'await _cancel_and_wait(fut, loop=loop)', 'await _cancel_and_wait(fut, loop=loop)'),
    ('tasks.py', 486): ('wait_for', 'raise', None),
    ('tasks.py', 489): ('wait_for', 'return fut.result()', 'fut.result()'),
    ('tasks.py', 495): ('wait_for', 'await _cancel_and_wait(fut, loop=loop)', 'await _cancel_and_wait(fut, loop=loop)'),
    ('tasks.py', 500): ('wait_for', 'return fut.result()', 'fut.result()'),
    ('tasks.py', 502): ('wait_for', 'raise exceptions.TimeoutError() from exc', None),
    ('tasks.py', 535): ('_wait', 'await waiter', 'await waiter'),
    ('tasks.py', 562): ('_cancel_and_wait', 'await waiter', 'await waiter'),
    ('tasks.py', 611): ('_wait_for_one', 'f = await done.get()', 'await done.get()'),
    ('tasks.py', 614): ('_wait_for_one', 'raise exceptions.TimeoutError', None),
    ('tasks.py', 615): ('_wait_for_one', 'return f.result()  # May raise f.exception().', 'f.result()'),
    ('tasks.py', 640): ('sleep', 'await __sleep0()', 'await __sleep0()'),
    ('tasks.py', 649): ('sleep', 'return await future', 'await future'),
    ('timeouts.py', 115): ('__aexit__', 'raise TimeoutError from exc_val', None),
    ('runners.py', 89): ('run', 'raise ValueError("a coroutine was expected, got {!r}".format(coro))', None),
    ('queues.py', 181): ('get_nowait', 'raise QueueEmpty', None),
    ('queues.py', 143): ('put_nowait', 'raise QueueFull', None),
    ('queues.py', 201): ('task_done', "raise ValueError('task_done() called too many times')", None),
    ('locks.py', 140): ('release', "raise RuntimeError('Lock is not acquired.')", None),
    ('locks.py', 434): ('release', "raise ValueError('BoundedSemaphore released too many times')", None),
    ('locks.py', 260): ('wait', "raise RuntimeError('cannot wait on un-acquired lock')", None),
    ('locks.py', 311): ('notify', "raise RuntimeError('cannot notify on un-acquired lock')", None),
    ('locks.py', 348): ('__init__', 'raise ValueError("Semaphore initial value must be >= 0")', None),
    ('tasks.py', 674): ('_ensure_future', "raise TypeError('An asyncio.Future, a coroutine or an awaitable '", None),
    ('tasks.py', 418): ('wait', "raise ValueError('Set of Tasks/Futures is empty.')", None),
    ('tasks.py', 416): ('wait', 'raise TypeError(f"expect a list of futures, not {type(fs).__name__}")', None),
    ('taskgroups.py', 155): ('create_task', 'raise RuntimeError(f"TaskGroup {self!r} has not been entered")', None),
    ('timeouts.py', 87): ('__aenter__', 'raise RuntimeError("Timeout has already been entered")', None),
    ('timeouts.py', 54): ('reschedule', 'raise RuntimeError("Timeout has not been entered")', None),
    ('base_events.py', 588): ('_check_running', "raise RuntimeError('This event loop is already running')", None),
    ('base_events.py', 519): ('_check_closed', "raise RuntimeError('Event loop is closed')", None),
    ('runners.py', 186): ('run', 'raise RuntimeError(', None),
    ('tasks.py', 639): ('sleep', 'if delay <= 0:', 'delay <= 0'),
    ('tasks.py', 454): ('wait_for', 'if timeout <= 0:', 'timeout <= 0'),
    ('queues.py', 142): ('put_nowait', 'if self.full():', 'self.full()'),
    ('queues.py', 105): ('full', 'if self._maxsize <= 0:', 'self._maxsize <= 0'),
    ('base_events.py', 761): ('call_soon', 'self._check_closed()', 'self._check_closed()'),
    ('base_events.py', 595): ('run_forever', 'self._check_closed()', 'self._check_closed()'),
    ('base_events.py', 596): ('run_forever', 'self._check_running()', 'self._check_running()'),
    ('base_events.py', 628): ('run_until_complete', 'self._check_closed()', 'self._check_closed()'),
    ('base_events.py', 629): ('run_until_complete', 'self._check_running()', 'self._check_running()'),
    ('base_events.py', 590): ('_check_running', 'raise RuntimeError(', None),
}


def marker_sites(line):
    """The sites named by a line's `# cpython:` marker, outermost first
    ([] when it has none)."""
    if not line:
        return []
    at = line.find('# cpython: ')
    if at < 0:
        return []
    out = []
    for word in line[at + len('# cpython: '):].split():
        name, _, number = word.partition(':')
        if number.isdigit():
            out.append((name, int(number)))
    return out


def entry(site):
    """(filename, lineno, name, end_lineno, colno, end_colno, anchor) of a
    site, the columns counted in the stripped source line."""
    name, lineno = site
    function, text, caret = SITES.get(site, ('?', None, None))
    colno = end_colno = None
    if text is not None and caret is not None:
        colno = text.find(caret)
        if colno >= 0:
            end_colno = colno + len(caret.encode('utf-8'))
            colno = len(text[:colno].encode('utf-8'))
        else:
            colno = None
    return (PREFIX + name, lineno, function,
            lineno if colno is not None else None, colno, end_colno, None)


def source_line(filename, lineno):
    """The line CPython prints for a `<cpython>/asyncio/` file, or None."""
    if not isinstance(filename, str) or not filename.startswith(PREFIX):
        return None
    row = SITES.get((filename[len(PREFIX):], lineno))
    return row[1] + '\n' if row else None


# Our asyncio package's files: '<lib>/asyncio/' on the VM, Lib/asyncio/ when
# CPython runs our library (scripts/lib-harness.py).
_LIB_ASYNCIO = __file__.rpartition('/')[0] + '/asyncio/'


def faced(entries, traceback=False):
    """[(index, entry)] of the entries (tuples starting with filename and
    lineno, any length) shown as CPython shows them: a frame of our asyncio
    package becomes the CPython frames its line's marker names, or is
    hidden when its line has none (a helper CPython does not have); a
    `<cpython>/` entry made by native code gets the table's columns when it
    has none. Entries keep their length. For a traceback (outermost entry
    first: the frame that caught the exception), a first entry standing for
    several of CPython's frames is only the innermost of them, which
    catches in CPython (Handle._run for our loop's _run_once)."""
    out = []
    for i, e in enumerate(entries):
        filename = e[0]
        if not isinstance(filename, str):
            out.append((i, e))
        elif filename.startswith(_LIB_ASYNCIO):
            import linecache
            sites = marker_sites(linecache.getline(filename, e[1]))
            if traceback and i == 0:
                # The frame that caught the exception: in CPython's chain,
                # the innermost frame is the one that called out and catches.
                sites = sites[-1:]
            for site in sites:
                out.append((i, entry(site)[:len(e)]))
        elif filename.startswith(PREFIX):
            if len(e) > 4 and e[4] is None:
                e = entry((filename[len(PREFIX):], e[1]))[:len(e)]
            out.append((i, e))
        else:
            out.append((i, e))
    return out


def _loop_frames():
    import sys
    native = sys.modules.get('_interleave_asyncio')
    getter = getattr(native, 'loop_frames', None)
    return getter() if getter is not None else []


def frames(f):
    """[(filename, lineno, name, frame)] of frame f and its callers,
    outermost first, with the frames of the VM's native event loop
    (run_until_complete, run_forever, _run_once, Handle._run) put back
    where CPython has them (their frame is None)."""
    out = []
    while f is not None:
        co = f.f_code
        out.append((co.co_filename, f.f_lineno, co.co_name, f))
        f = f.f_back
    out.reverse()
    inserts = {}
    for depth, sites in _loop_frames():
        if 0 <= depth < len(out):
            inserts.setdefault(depth, []).extend(sites)
    for depth in sorted(inserts, reverse=True):
        out[depth:depth] = [(PREFIX + name, lineno, SITES.get((name, lineno), ('?',))[0], None)
                            for name, lineno in inserts[depth]]
    return out
