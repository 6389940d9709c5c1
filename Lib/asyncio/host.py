"""The seam between this asyncio package and whatever runs it.

Interleave's VM provides a native module `_interleave`; under CPython (the
test harness, scripts/lib-harness.py) it does not exist and every hook below
falls back to plain CPython behaviour. Nothing else in the package imports
`_interleave`, `sys` or `os`.

What the package asks of `_interleave` (every attribute is optional):

  trace(kind, fields)      record one trace event; `fields` is a dict (see
                           tracing.py for the kinds and their fields)
  tracing()                False to switch tracing off for this run even
                           though `trace` exists (default: on when present)
  deadlock(graph)          the loop has nothing ready, no timer, and is not
                           stopping: `graph` is a list of
                           {"task": name, "id": n, "on": {...}}; must not
                           return (the VM ends the run with status deadlock)
  time_limit()             the virtual-time limit in seconds, or None
  limit(name, value)       a sandbox limit was hit (here: "time", the limit);
                           must not return
  set_asyncgen_hooks(firstiter, finalizer)
  get_asyncgen_hooks()     -> (firstiter, finalizer); like sys's (used
                           instead when _interleave lacks them). The VM
                           calls finalizer(agen) when an async generator
                           that was iterated dies without being exhausted;
                           asyncio then schedules agen.aclose() in a task.
  WeakSet()                a set that does not keep async generators alive
                           (without it a plain strong set is used, so
                           finalization happens at loop shutdown instead)
  stderr(text)             write diagnostics (uncaught callback errors,
                           "Task exception was never retrieved")
  choose(n)                which of the n (> 1) ready handles runs next, an
                           int in range(n), index 0 being the oldest; asked
                           before every step where more than one handle is
                           ready. Always answering 0 is exactly CPython's
                           order (fifo); without `choose` the loop runs fifo
                           without asking.

The hot path (Future, Task, handles and the loop's passes, including the
scheduling policy's choices) is the native module `_interleave_asyncio`
when the VM provides it: it reports to the VM directly, not through these
hooks, so the VM only offers the hooks that Python code still uses (trace
for warnings, deadlock, stderr, ...). The pure-Python core asks `choose`
and reports every event through `trace` (scripts/asyncio-trace-check.py
drives it that way on CPython with a stand-in `_interleave`).
"""

try:
    import _interleave
except ImportError:
    _interleave = None


def _native(name):
    if _interleave is None:
        return None
    return getattr(_interleave, name, None)


_trace_sink = _native("trace")
_tracing_switch = _native("tracing")
if (_trace_sink is not None and _tracing_switch is not None
        and not _tracing_switch()):
    _trace_sink = None

# True when trace events are recorded; every call site checks this first so
# that a run without tracing pays one global lookup per scheduling point.
TRACING = _trace_sink is not None

# The scheduling policy's choice function; None: fifo without asking.
CHOOSE = _native("choose")


def trace(kind, fields):
    """Hands one trace event to the VM (only called when TRACING)."""
    _trace_sink(kind, fields)


def deadlock(graph):
    """Ends the run because no task can ever make progress."""
    hook = _native("deadlock")
    if hook is not None:
        hook(graph)
        return
    if _interleave is not None:
        raise RuntimeError("deadlock: no task can make progress")
    # CPython: behave like the conformance oracle (flush stdout, exit 3).
    import os
    import sys
    sys.stdout.flush()
    sys.stderr.write("deadlock\n")
    sys.stderr.flush()
    os._exit(3)


def time_limit():
    """The virtual-time limit of this run in seconds, or None."""
    hook = _native("time_limit")
    if hook is None:
        return None
    return hook()


def limit(name, value):
    """Reports that the sandbox limit `name` (with its `value`) was hit."""
    hook = _native("limit")
    if hook is not None:
        hook(name, value)


def _sys():
    # sys only for what the VM may not offer through _interleave.
    try:
        import sys
    except ImportError:
        return None
    return sys


def get_asyncgen_hooks():
    """The current (firstiter, finalizer) async generator hooks."""
    hook = _native("get_asyncgen_hooks")
    if hook is not None:
        hooks = hook()
        return (hooks[0], hooks[1])
    sys = _sys()
    getter = getattr(sys, "get_asyncgen_hooks", None)
    if getter is None:
        return (None, None)
    hooks = getter()
    return (hooks[0], hooks[1])


def set_asyncgen_hooks(firstiter, finalizer):
    """Installs the async generator hooks of the running loop."""
    hook = _native("set_asyncgen_hooks")
    if hook is None:
        hook = getattr(_sys(), "set_asyncgen_hooks", None)
    if hook is not None:
        hook(firstiter, finalizer)


class _StrongSet:
    """Stands in for a WeakSet when the VM offers none."""

    def __init__(self):
        self._items = {}

    def add(self, item):
        self._items[id(item)] = item

    def discard(self, item):
        self._items.pop(id(item), None)

    def clear(self):
        self._items.clear()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items.values()))


def weak_set():
    """A set of async generators that does not keep them alive."""
    if _interleave is None:
        import weakref
        return weakref.WeakSet()
    factory = _native("WeakSet")
    if factory is not None:
        return factory()
    return _StrongSet()


def stderr(text):
    """Writes a diagnostic line; stderr is never compared by the corpus."""
    if _interleave is None:
        import sys
        sys.stderr.write(text)
        return
    hook = _native("stderr")
    if hook is not None:
        hook(text)
