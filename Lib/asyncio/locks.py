"""Lock, Event and Condition.

A waiter blocks on a future the primitive creates; waking it means
completing that future, so the woken task runs only in a later pass
(conformance 038, 045, 119). Each such future carries a `_blocker` mark
naming the primitive, for traces and deadlock reports.
"""

__all__ = ('Lock', 'Event', 'Condition')

from collections import deque

from . import exceptions
from . import mixins


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # Locks give nothing to "async with ... as x".
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


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
            self._waiters = deque()
        fut = self._get_loop().create_future()
        fut._blocker = ('lock', self)
        self._waiters.append(fut)
        # The finally must run before the CancelledError handling so that
        # _wake_up_first() does not pick this (cancelled) waiter.
        try:
            try:
                await fut
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
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        # A done waiter will run later and either take the lock or, if it
        # was cancelled, wake the next one.
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for. set() wakes every current waiter, even
    if clear() follows at once (conformance 119)."""

    def __init__(self):
        self._waiters = deque()
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
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Releases the lock, waits for a notify, re-acquires the lock."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            fut._blocker = ('condition', self)
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be re-acquired even if the wait was cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n waiters (they still need the lock to proceed)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
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
