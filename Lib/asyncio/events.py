"""Handles (scheduled callbacks), the running-loop registry and the policy."""

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle',
           'AbstractEventLoopPolicy',
           'DefaultEventLoopPolicy', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop',
           '_set_running_loop')


from .format_helpers import callback_name, format_callback

try:
    import _interleave_asyncio as _native
except ImportError:
    # Under CPython (the test harness): the pure-Python handles below.
    _native = None


class Handle:
    """A callback with its arguments, queued on an event loop.

    `_task` is the Task whose step or wakeup this handle runs, or None for
    other callbacks; the loop uses it to tell task steps from plain
    callbacks in the trace.
    """

    def __init__(self, callback, args, loop, context=None, task=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._task = task

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        """Prevents the callback from running (no effect once it ran)."""
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._report_callback_error(self, exc)


class TimerHandle(Handle):
    """A handle due at a virtual time; ordered by `when` only."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._callback == other._callback and
                    self._args == other._args and
                    self._when == other._when and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The absolute virtual time at which the callback is due."""
        return self._when


def _handle_repr(handle):
    """`<TimerHandle when=T callback(args) at FILE:LINE>`, as CPython shows
    a handle (the native handles call this for their repr)."""
    info = [type(handle).__name__]
    if handle._cancelled:
        info.append('cancelled')
    if isinstance(handle, TimerHandle):
        info.append(f'when={handle._when}')
    if handle._callback is not None:
        info.append(format_callback(handle._callback, handle._args))
    return '<{}>'.format(' '.join(info))


if _native is not None:
    Handle = _native.Handle
    TimerHandle = _native.TimerHandle


class AbstractEventLoop:
    """The event loop interface; BaseEventLoop is the one implementation."""


# --- which loop is running (one thread only, so a module global) ----------

_running_loop = None


def _get_running_loop():
    """The running event loop, or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


if _native is not None:
    # The VM keeps the running loop natively (CPython's are C functions too).
    _get_running_loop = _native._get_running_loop
    _set_running_loop = _native._set_running_loop
    get_running_loop = _native.get_running_loop


# --- the policy: which loop get_event_loop() returns outside a loop -------

_default_loop_factory = None


def _set_default_loop_factory(factory):
    """Called once by base_events with the event loop class."""
    global _default_loop_factory
    _default_loop_factory = factory


class AbstractEventLoopPolicy:
    """Interface of event loop policies."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Creates virtual-time loops; one current loop for the main thread."""

    def __init__(self):
        self._loop = None
        self._set_called = False
        self._watcher = None

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread "
                               "'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop "
                            f"or None, not '{type(loop).__name__}'")
        self._loop = loop
        if self._watcher is not None:
            self._watcher.attach_loop(loop)

    def new_event_loop(self):
        return _default_loop_factory()

    def get_child_watcher(self):
        """The child watcher, a ThreadedChildWatcher made on first use."""
        if self._watcher is None:
            from .child_watchers import ThreadedChildWatcher
            self._watcher = ThreadedChildWatcher()
            self._watcher.attach_loop(self._loop)
        return self._watcher

    def set_child_watcher(self, watcher):
        from .child_watchers import AbstractChildWatcher
        assert watcher is None or isinstance(watcher, AbstractChildWatcher)
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher


_policy = None


def get_event_loop_policy():
    """The current policy (created on first use)."""
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Replaces the policy; None restores the default."""
    global _policy
    _policy = policy


def _get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def get_event_loop():
    """The running loop, else the policy's current loop."""
    return _get_event_loop()


def set_event_loop(loop):
    """Makes `loop` the policy's current loop."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new virtual-time event loop."""
    return get_event_loop_policy().new_event_loop()


# Functions CPython implements in C: their repr is <built-in function NAME>
# (read by the runtime's repr).
__builtin_function_names__ = ('get_event_loop', 'get_running_loop', '_get_running_loop',
                              '_set_running_loop')
