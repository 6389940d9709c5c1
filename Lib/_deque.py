"""collections.deque in pure Python.

Items live in a dict keyed by consecutive integers between `_head`
(inclusive) and `_tail` (exclusive): appends and pops at either end, and
indexing, are O(1); inserting or deleting in the middle is O(n), as in
CPython. `_state` counts mutations so iterators can detect them.
"""

_repr_running = set()


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._data = {}
        self._head = 0
        self._tail = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return self._tail - self._head

    def __bool__(self):
        return self._tail != self._head

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        if maxlen == 0:
            return
        self._state += 1
        tail = self._tail
        self._data[tail] = x
        tail += 1
        self._tail = tail
        if maxlen is not None and tail - self._head > maxlen:
            del self._data[self._head]
            self._head += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen == 0:
            return
        self._state += 1
        head = self._head - 1
        self._head = head
        self._data[head] = x
        if maxlen is not None and self._tail - head > maxlen:
            self._tail -= 1
            del self._data[self._tail]

    def pop(self):
        """Remove and return an element from the right side of the deque."""
        tail = self._tail
        if tail == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        tail -= 1
        self._tail = tail
        return self._data.pop(tail)

    def popleft(self):
        """Remove and return an element from the left side of the deque."""
        head = self._head
        if self._tail == head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        self._head = head + 1
        return self._data.pop(head)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._data = {}
        self._head = 0
        self._tail = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for i in range(self._head, self._tail):
            v = self._data[i]
            if v is value or v == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value. Raises ValueError if not present."""
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop is None:
            stop = n
        elif stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            v = self._data[self._head + i]
            if v is value or v == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index = max(index + n, 0)
        index = min(index, n)
        items = list(self)
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(len(self)):
            v = self._data[self._head + i]
            if v is value or v == value:
                del self[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(self)
        items.reverse()
        self._reset(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        length = len(self)
        if length <= 1:
            return
        half = length >> 1
        if n > half or n < -half:
            n %= length
            if n > half:
                n -= length
            elif n < -half:
                n += length
        self._state += 1
        data = self._data
        while n > 0:
            self._tail -= 1
            self._head -= 1
            data[self._head] = data.pop(self._tail)
            n -= 1
        while n < 0:
            data[self._tail] = data.pop(self._head)
            self._head += 1
            self._tail += 1
            n += 1

    def _reset(self, items):
        self._state += 1
        self._data = {}
        self._head = 0
        self._tail = 0
        for x in items:
            self._data[self._tail] = x
            self._tail += 1

    def _checked_index(self, index):
        if not isinstance(index, int):
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        n = self._tail - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        return self._head + index

    def __getitem__(self, index):
        return self._data[self._checked_index(index)]

    def __setitem__(self, index, value):
        self._data[self._checked_index(index)] = value

    def __delitem__(self, index):
        key = self._checked_index(index)
        items = list(self)
        del items[key - self._head]
        self._reset(items)

    def __iter__(self):
        state = self._state
        i = self._head
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i >= self._tail:
                return
            yield self._data[i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._tail - 1
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i < self._head:
                return
            yield self._data[i]
            i -= 1

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = '[' + ', '.join([repr(x) for x in self]) + ']'
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        if n <= 0:
            self.clear()
            return self
        for _ in range(n - 1):
            self.extend(items)
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls
