"""Queue, PriorityQueue and LifoQueue.

put_nowait() hands the item to the first waiting getter by completing its
future; the getter runs in a later pass (conformance 038).
"""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import heapq
from collections import deque

from types import GenericAlias as _GenericAlias
from . import locks
from . import mixins

try:
    import _interleave_asyncio as _native
except ImportError:
    # Under CPython (the test harness): the Python methods below.
    _native = None


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue; maxsize <= 0 means unbounded."""


    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        # Waiting getters/putters (short lists; CPython uses deques).
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _getter_blocker(self):
        # What a task blocked in get() waits on (traces, deadlock reports).
        return ('queue_get', self)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(_GenericAlias)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        """True if maxsize > 0 and the queue holds maxsize items."""
        if self._maxsize <= 0:  # cpython: queues.py:105
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Puts an item, waiting while the queue is full."""
        while self.full():
            putter = self._get_loop().create_future()
            putter._blocker = ('queue_put', self)
            self._putters.append(putter)
            try:
                await putter  # cpython: queues.py:120
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Puts an item or raises QueueFull."""
        if self.full():  # cpython: queues.py:142
            raise QueueFull  # cpython: queues.py:143
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Removes and returns an item, waiting while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            getter._blocker = self._getter_blocker()
            self._getters.append(getter)
            try:
                await getter  # cpython: queues.py:158
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Removes and returns an item or raises QueueEmpty."""
        if self.empty():
            raise QueueEmpty  # cpython: queues.py:181
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Marks one fetched item as processed (for join())."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')  # cpython: queues.py:201
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Waits until every item put has been marked task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()  # cpython: queues.py:215

    # The pure-Python get/put are the reference; the VM's are native (the
    # same steps in Swift) and fall back to these for subclasses that
    # override a helper, and while a trace or access log is recorded.
    _py_get = get
    _py_put = put
    if _native is not None:
        get = _native.Queue_get
        put = _native.Queue_put


class PriorityQueue(Queue):
    """Retrieves the smallest item first (heap order, as heapq)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


if _native is not None:
    _native.setup(queue_class=Queue)
