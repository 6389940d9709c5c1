"""Thread-based parallelism, as far as a one-thread sandbox allows.

Interleave runs every program on one thread (DESIGN.md: no threads), so
this module keeps CPython 3.11's API with these rules, the same ones the
executors of concurrent.futures and asyncio.to_thread follow:

- Thread.start() runs the thread's run() to completion at once, as if the
  new thread ran before the starting one went on; current_thread() is that
  thread meanwhile, and an exception escaping run() goes to
  threading.excepthook ("Exception in thread ..." on stderr), as in CPython.
  join() then returns at once. Output order is therefore one of the orders
  real threads could produce, always the same one.
- The synchronisation primitives keep their state and errors. A blocking
  call no other thread could ever complete (acquiring a held Lock, waiting
  on an Event nobody sets, a Condition nobody notifies) ends the run as a
  deadlock naming it; with a timeout it returns False at once, as CPython
  would after the timeout with nobody else around (a thread's wait is not
  a time.sleep: the virtual clock does not move, as under the oracle).
"""

import sys as _sys

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_MAIN_IDENT = 1


def _block_forever(kind, what, holder=None):
    """A wait no other thread can end: report the deadlock and stop."""
    from _deadlock import block_forever
    on = {'kind': kind}
    if holder is not None:
        on['holder'] = holder
    graph = [{'task': current_thread().name, 'id': current_thread().ident, 'on': on}]
    block_forever(graph, f'deadlock: {what} would block forever in a single-threaded program')


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be a non-negative number')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timeout value is too large')


def _wait_out(timeout):
    # Nothing could end the wait early; like a real thread's wait under the
    # oracle, it does not move the virtual clock (DESIGN.md "Clocks": only
    # loops' jumps and time.sleep do).
    return False


class _Lock:
    """A primitive lock (CPython's _thread.lock)."""

    def __init__(self):
        self._locked = False
        self._holder = None     # the thread that took it, for a deadlock report

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            self._holder = current_thread()
            return True
        if not blocking:
            return False
        if timeout == -1:
            _block_forever('lock', 'acquiring a threading.Lock that is already held',
                           f'{self._holder.name} (id {self._holder.ident})')
        return _wait_out(timeout)

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False
        self._holder = None

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {hex(id(self))}>'


_Lock.__name__ = _Lock.__qualname__ = 'lock'
_Lock.__module__ = '_thread'
Lock = _Lock
LockType = _Lock


class _RLock:
    """A reentrant lock (CPython's _thread.RLock)."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        if timeout == -1:
            _block_forever('lock', 'acquiring a threading.RLock held by another thread')
        return _wait_out(timeout)

    __enter__ = acquire

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return (f'<{state} _thread.RLock object owner={self._owner or 0} '
                f'count={self._count} at {hex(id(self))}>')


_RLock.__name__ = _RLock.__qualname__ = 'RLock'
_RLock.__module__ = '_thread'


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again."""
    return _RLock(*args, **kwargs)


class Condition:
    """A condition variable, bound to a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {self._waiters})>'

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout is None:
            _block_forever('condition', 'Condition.wait() with no other thread to notify it')
        return _wait_out(timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            if not self._is_owned():
                raise RuntimeError('cannot wait on un-acquired lock')
            _block_forever('condition', 'Condition.wait_for() with no other thread to change its predicate')
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')

    def notify_all(self):
        self.notify()

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead', DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter of releases minus acquires; acquire() waits at zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _block_forever('semaphore', f'{type(self).__name__}.acquire() at value 0')
        return _wait_out(timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag that wait() waits for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>'

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead', DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _block_forever('event', 'Event.wait() with no other thread to set it')
        return _wait_out(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait for each other; with one thread only a
    barrier of one party ever opens."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be >= 1')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self._broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' waiters=0/{self._parties}>')

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return 0
        if timeout is None:
            timeout = self._timeout
        if timeout is None:
            _block_forever('barrier', f'Barrier.wait() for {self._parties} parties')
        _wait_out(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


_running = []          # threads whose run() is executing, innermost last
_ident_counter = _MAIN_IDENT


class Thread:
    """A thread of control; in the playground start() runs it at once."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        global _ident_counter
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        _ident_counter += 1
        self._ident = _ident_counter
        _running.append(self)
        try:
            try:
                self.run()
            except SystemExit:
                pass
            except BaseException as exc:
                excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            _running.remove(self)
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT


class Timer(Thread):
    """Calls a function after `interval` seconds unless cancelled; started,
    it calls it at once (its wait, like every thread's, takes no virtual
    time)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = _MainThread()


def current_thread():
    """The thread running the caller: the innermost started thread, else the
    main thread."""
    return _running[-1] if _running else _main_thread


def main_thread():
    return _main_thread


def get_ident():
    return current_thread().ident


def get_native_id():
    return current_thread().ident


def active_count():
    return 1 + len(_running)


def enumerate():
    return [_main_thread] + list(_running)


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


class local:
    """Thread-local data: with one thread, a plain namespace."""


def _make_excepthook_args():
    from collections import namedtuple
    args = namedtuple('_ExceptHookArgs', 'exc_type exc_value exc_traceback thread')
    args.__module__ = '_thread'
    return args


ExceptHookArgs = _make_excepthook_args()


def excepthook(args, /):
    """Prints an exception escaping a thread's run() to stderr, as CPython."""
    if args.exc_type == SystemExit:
        return
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print(f'Exception in thread {name}:', file=_sys.stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)


__excepthook__ = excepthook

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0
