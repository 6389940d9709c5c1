"""Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.

A waiter blocks on a future the primitive creates; waking it means
completing that future, so the woken task runs only in a later pass
(conformance 038, 045, 119). Each such future carries a `_blocker` mark
naming the primitive, for traces and deadlock reports. Waiters are kept in
plain lists (CPython uses deques; the order and operations are the same).
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Barrier')

from . import exceptions
from . import mixins

try:
    import _interleave_asyncio as _native
except ImportError:
    # Under CPython (the test harness): the Python methods below.
    _native = None


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()  # cpython: locks.py:15
        # Locks give nothing to "async with ... as x".
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    # The pure-Python methods are the reference; the VM's are native (the
    # same steps in Swift) and fall back to these (subclasses overriding a
    # helper, a trace or access log being recorded). So for Lock and Event.
    _py_aenter = __aenter__
    _py_aexit = __aexit__
    if _native is not None:
        __aenter__ = _native.locks_aenter
        __aexit__ = _native.locks_aexit


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A FIFO mutex. A task that releases and re-acquires while others wait
    queues behind them; with no await inside the critical section there is
    never contention (conformance 041, 103). Remembers its holder task for
    deadlock reports."""

    def __init__(self):
        self._waiters = None
        self._locked = False
        self._owner = None

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """True if the lock is held."""
        return self._locked

    async def acquire(self):
        """Takes the lock, waiting in FIFO order if it is held."""
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            self._owner = mixins.current_task_or_none()
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        fut._blocker = ('lock', self)
        self._waiters.append(fut)
        # The finally must run before the CancelledError handling so that
        # _wake_up_first() does not pick this (cancelled) waiter.
        try:
            try:
                await fut  # cpython: locks.py:114
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        self._owner = mixins.current_task_or_none()
        return True

    def release(self):
        """Frees the lock and hands it to the first waiter, if any."""
        if self._locked:
            self._locked = False
            self._owner = None
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')  # cpython: locks.py:140

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        # A done waiter will run later and either take the lock or, if it
        # was cancelled, wake the next one.
        if not fut.done():
            fut.set_result(True)

    _py_acquire = acquire
    _py_release = release
    _py_locked = locked
    if _native is not None:
        acquire = _native.Lock_acquire
        release = _native.Lock_release
        locked = _native.Lock_locked


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for. set() wakes every current waiter, even
    if clear() follows at once (conformance 119)."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        """Sets the flag and wakes all waiters."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Resets the flag; later wait() calls block again."""
        self._value = False

    async def wait(self):
        """Returns True at once if set, else once set() is called."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        fut._blocker = ('event', self)
        self._waiters.append(fut)
        try:
            await fut  # cpython: locks.py:213
            return True
        finally:
            self._waiters.remove(fut)

    _py_wait = wait
    _py_set = set
    _py_clear = clear
    _py_is_set = is_set
    if _native is not None:
        wait = _native.Event_wait
        set = _native.Event_set
        clear = _native.Event_clear
        is_set = _native.Event_is_set


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Releases the lock, waits for a notify, re-acquires the lock."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')  # cpython: locks.py:260
        self.release()
        try:
            fut = self._get_loop().create_future()
            fut._blocker = ('condition', self)
            self._waiters.append(fut)
            try:
                await fut  # cpython: locks.py:267
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be re-acquired even if the wait was cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()  # cpython: locks.py:277
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()  # cpython: locks.py:294
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n waiters (they still need the lock to proceed)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')  # cpython: locks.py:311
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wakes every waiter."""
        self.notify(len(self._waiters))

    _py_wait = wait
    _py_wait_for = wait_for
    _py_notify = notify
    if _native is not None:
        wait = _native.Condition_wait
        wait_for = _native.Condition_wait_for
        notify = _native.Condition_notify


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")  # cpython: locks.py:348
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """True if acquire() would wait."""
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        """Takes one unit, waiting in FIFO order while none is free."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        fut._blocker = ('semaphore', self)
        self._waiters.append(fut)
        try:
            try:
                await fut  # cpython: locks.py:387
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                # Woken (given a unit) and cancelled in the same pass:
                # pass the unit on.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Returns one unit, waking the first waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return

    _py_acquire = acquire
    _py_release = release
    if _native is not None:
        acquire = _native.Semaphore_acquire
        release = _native.Semaphore_release


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to exceed the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')  # cpython: locks.py:434
        super().release()


_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Releases its waiters together once `parties` tasks called wait()."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()  # cpython: locks.py:476

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits for the others; returns this task's arrival index."""
        async with self._cond:
            await self._block()  # cpython: locks.py:489
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()  # cpython: locks.py:495
                else:
                    await self._wait()  # cpython: locks.py:497
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Wait while the barrier drains or resets; fail if it is broken.
        await self._cond.wait_for(  # cpython: locks.py:510
            lambda: self._state not in (_DRAINING, _RESETTING))
        if self._state == _BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")  # cpython: locks.py:518

    async def _release(self):
        self._state = _DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _FILLING)  # cpython: locks.py:534
        if self._state in (_BROKEN, _RESETTING):
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")  # cpython: locks.py:537

    def _exit(self):
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Back to the initial state; waiters get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: every waiter gets BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


if _native is not None:
    _native.setup(event_class=Event, lock_class=Lock, semaphore_class=Semaphore,
                  condition_class=Condition)
