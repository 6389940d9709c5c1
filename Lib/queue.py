"""Synchronized queues (CPython 3.11's queue module, single-threaded).

Interleave runs one thread, so no other thread can ever put into an empty
queue or take from a full one: a blocking get()/put() that would wait
forever ends the run as a deadlock naming the queue, and one with a timeout
waits that long on the virtual clock (time.sleep) and then raises Empty/Full,
which is what CPython would do with no producer or consumer around.
"""

from collections import deque
import heapq

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


# CPython defines Empty in its C accelerator module _queue.
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _block_forever(q, op):
    """A blocking operation nothing can ever complete: report a deadlock."""
    from _deadlock import block_forever
    graph = [{'task': 'MainThread', 'id': 0,
              'on': {'kind': 'queue_' + op, 'queue': f'{type(q).__name__}'}}]
    block_forever(graph, f'deadlock: {type(q).__name__}.{op}() would block forever '
                         'in a single-threaded program')


def _wait(timeout):
    import time
    time.sleep(timeout)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        if self.unfinished_tasks:
            _block_forever(self, 'join')

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise.'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.'''
        if self.maxsize > 0 and block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            if timeout is None:
                _block_forever(self, 'put')
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _wait(timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _block_forever(self, 'get')
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _wait(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    # Override these methods to implement other queue organizations.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        alias = getattr(types, 'GenericAlias', None)
        return cls if alias is None else alias(cls, item)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue.'''

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (never blocks).'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._queue:
            if not block:
                raise Empty
            if timeout is None:
                _block_forever(self, 'get')
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _wait(timeout)
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        alias = getattr(types, 'GenericAlias', None)
        return cls if alias is None else alias(cls, item)


SimpleQueue.__module__ = '_queue'
