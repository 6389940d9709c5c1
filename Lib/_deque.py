"""collections.deque in pure Python: the reference implementation.

Interleave's VM serves `_deque` natively (Sources/Runtime/NativeModules/
Deque/); CPython runs this file through scripts/lib-harness.py, so it keeps
the native deque's (and CPython's) observable behaviour honest.

Items live in a dict keyed by consecutive integers between `_head`
(inclusive) and `_tail` (exclusive): appends and pops at either end, and
indexing, are O(1); inserting or deleting in the middle is O(n), as in
CPython. `_state` counts mutations so iterators can detect them. Internal
calls go through `deque.method(self, ...)` so that a subclass overriding
`append` or `extend` does not change what the other methods do (CPython's
methods call each other in C).
"""

_repr_running = set()
_SSIZE_MAX = (1 << 63) - 1


def _index(value):
    """`operator.index` with CPython's wording, as a C ssize_t."""
    if not isinstance(value, int):
        method = getattr(type(value), '__index__', None)
        if method is None:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = method(value)
    if not -_SSIZE_MAX - 1 <= value <= _SSIZE_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _slice_index(value):
    """A `start`/`stop` of `index()`: huge values clamp, None is refused."""
    if not isinstance(value, int):
        method = getattr(type(value), '__index__', None)
        if method is None:
            raise TypeError("slice indices must be integers or have an __index__ method")
        value = method(value)
    return max(-_SSIZE_MAX, min(value, _SSIZE_MAX))


def _repeat_count(n):
    if not isinstance(n, int):
        method = getattr(type(n), '__index__', None)
        if method is None:
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        n = method(n)
    if not -_SSIZE_MAX - 1 <= n <= _SSIZE_MAX:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return n


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    __hash__ = None

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._maxlen = None
        self._data = {}
        self._head = 0
        self._tail = 0
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError(f"deque() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
        for name in kwargs:
            if name not in ('iterable', 'maxlen'):
                raise TypeError(f"'{name}' is an invalid keyword argument for deque()")
        if len(args) == 2 and 'maxlen' in kwargs:
            raise TypeError("argument for deque() given by name ('maxlen') and position (2)")
        if args and 'iterable' in kwargs:
            raise TypeError("argument for deque() given by name ('iterable') and position (1)")
        iterable = args[0] if args else kwargs.get('iterable', ())
        maxlen = args[1] if len(args) == 2 else kwargs.get('maxlen')
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen > _SSIZE_MAX:
                raise OverflowError("Python int too large to convert to C ssize_t")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            maxlen = int(maxlen)  # True -> 1
        self._maxlen = maxlen
        deque.clear(self)
        deque.extend(self, iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return self._tail - self._head

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        self._state += 1
        if maxlen == 0:
            return
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
        self._state += 1
        if maxlen == 0:
            return
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
            deque.append(self, x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            deque.appendleft(self, x)

    def clear(self):
        """Remove all elements from the deque."""
        if self._tail == self._head:
            return
        self._state += 1
        self._data = {}
        self._head = 0
        self._tail = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if cls is deque:
            return deque(self, self._maxlen)
        result = cls(self) if self._maxlen is None else cls(self, self._maxlen)
        if not isinstance(result, deque):
            raise TypeError(f"{cls.__name__}() must return a deque, not {type(result).__name__}")
        return result

    def __copy__(self):
        """Return a shallow copy of a deque."""
        return deque.copy(self)

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

    def index(self, value, start=0, stop=_SSIZE_MAX):
        """Return first index of value. Raises ValueError if not present."""
        start, stop = _slice_index(start), _slice_index(stop)
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
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
        index = _index(index)
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index = max(index + n, 0)
        index = min(index, n)
        items = list(deque.__iter__(self))
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i in range(len(self)):
            v = self._data[self._head + i]
            hit = v is value or v == value
            if state != self._state:
                raise IndexError("deque mutated during iteration")
            if hit:
                deque.__delitem__(self, i)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(deque.__iter__(self))
        items.reverse()
        self._reset(items, mutation=False)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
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

    def _reset(self, items, mutation=True):
        if mutation:
            self._state += 1
        self._data = {}
        self._head = 0
        self._tail = 0
        for x in items:
            self._data[self._tail] = x
            self._tail += 1

    def _checked_index(self, index):
        if not isinstance(index, int):
            method = getattr(type(index), '__index__', None)
            if method is None:
                raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
            index = method(index)
        if not -_SSIZE_MAX - 1 <= index <= _SSIZE_MAX:
            raise IndexError("cannot fit 'int' into an index-sized integer")
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
        items = list(deque.__iter__(self))
        del items[key - self._head]
        self._reset(items)

    def __iter__(self):
        return _deque_iterator(self, 1)

    def __reversed__(self):
        """Return a reverse iterator over the deque."""
        return _deque_iterator(self, -1)

    def __contains__(self, value):
        state = self._state
        for i in range(self._head, self._tail):
            v = self._data[i]
            if v is value or v == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(list(self))
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
        if self is other and isinstance(other, deque):
            return True
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        if self is other and isinstance(other, deque):
            return False
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
        result = deque.copy(self)
        deque.extend(result, other)
        return result

    def __iadd__(self, other):
        deque.extend(self, other)
        return self

    def __mul__(self, n):
        n = _repeat_count(n)
        result = deque.copy(self)
        return deque.__imul__(result, n)

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _repeat_count(n)
        if n <= 0:
            deque.clear(self)
            return self
        items = list(deque.__iter__(self))
        maxlen = self._maxlen
        if maxlen is not None and n * len(items) > maxlen:
            n = (maxlen + len(items) - 1) // len(items)  # the rest would be trimmed
        for _ in range(n - 1):
            deque.extend(self, items)
        return self

    @classmethod
    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


class _deque_iterator:
    """Iterator over a deque (step 1) or its reverse (step -1); raises
    RuntimeError once the deque was mutated, even after it was exhausted."""

    def __init__(self, d, step):
        self._deque = d
        self._state = d._state
        self._remaining = d._tail - d._head
        self._index = d._head if step == 1 else d._tail - 1
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._remaining = 0
            raise RuntimeError("deque mutated during iteration")
        if self._remaining == 0:
            raise StopIteration
        item = d._data[self._index]
        self._index += self._step
        self._remaining -= 1
        return item

    def __length_hint__(self):
        return self._remaining
