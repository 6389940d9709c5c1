"""Heap queue algorithm (a.k.a. priority queue), Interleave's pure-Python heapq.

A heap is a list `a` with a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k.
The sift routines below follow CPython's exact comparison sequence (only `<`
is used, in the same order), so equal items come out in the same order as on
CPython: asyncio's timer heap depends on that (conformance cases 035, 105).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _not_a_list(heap, function, position='argument 1'):
    # Argument Clinic's message: a lone argument has no number, None is named as such
    got = 'None' if heap is None else type(heap).__name__
    raise TypeError(f'{function}() {position} must be list, not {got}')


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        _not_a_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        _not_a_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (heap must be non-empty)."""
    if not isinstance(heap, list):
        _not_a_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than both)."""
    if not isinstance(heap, list):
        _not_a_list(heap, 'heappushpop')
    if not heap:
        return item
    if not heap[0] < item:
        return item
    # The comparison may have emptied the heap.
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heapify(heap, /):
    """Transform list heap into a heap, in place, in linear time."""
    if not isinstance(heap, list):
        _not_a_list(heap, 'heapify', 'argument')
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


def _heappop_max(heap):
    if not isinstance(heap, list):
        _not_a_list(heap, '_heappop_max', 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    if not isinstance(heap, list):
        _not_a_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(x):
    if not isinstance(x, list):
        _not_a_list(x, '_heapify_max', 'argument')
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


# The sift routines are CPython's C ones (Modules/_heapqmodule.c): items
# are swapped level by level and re-read after each comparison, and a
# comparison that changes the list's size raises RuntimeError.

def _changed_size():
    raise RuntimeError('list changed size during iteration')


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    size = len(heap)
    if pos >= size:
        raise IndexError('index out of range')
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        smaller = True if heap[pos] < heap[parentpos] else False
        if size != len(heap):
            _changed_size()
        if not smaller:
            break
        heap[parentpos], heap[pos] = heap[pos], heap[parentpos]
        pos = parentpos


def _siftup(heap, pos):
    # Bubble the smaller child up until hitting a leaf, then sift the item
    # down into place (fewer comparisons than stopping early; CPython does it).
    endpos = len(heap)
    startpos = pos
    if pos >= endpos:
        raise IndexError('index out of range')
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            if not heap[childpos] < heap[childpos + 1]:
                childpos += 1
            if endpos != len(heap):
                _changed_size()
        heap[childpos], heap[pos] = heap[pos], heap[childpos]
        pos = childpos
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    size = len(heap)
    if pos >= size:
        raise IndexError('index out of range')
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        larger = True if heap[parentpos] < heap[pos] else False
        if size != len(heap):
            _changed_size()
        if not larger:
            break
        heap[parentpos], heap[pos] = heap[pos], heap[parentpos]
        pos = parentpos


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    if pos >= endpos:
        raise IndexError('index out of range')
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            if not heap[childpos + 1] < heap[childpos]:
                childpos += 1
            if endpos != len(heap):
                _changed_size()
        heap[childpos], heap[pos] = heap[pos], heap[childpos]
        pos = childpos
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (stable)."""
    heap = []
    if reverse:
        _heapify_fn = _heapify_max
        _pop_fn = _heappop_max
        _replace_fn = _heapreplace_max
        direction = -1
    else:
        _heapify_fn = heapify
        _pop_fn = heappop
        _replace_fn = heapreplace
        direction = 1
    if key is None:
        order = 0
        for it in map(iter, iterables):
            try:
                nxt = it.__next__
                heap.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
            order += 1
        _heapify_fn(heap)
        while len(heap) > 1:
            try:
                while True:
                    entry = heap[0]
                    yield entry[0]
                    entry[0] = entry[2]()
                    _replace_fn(heap, entry)
            except StopIteration:
                _pop_fn(heap)
        if heap:
            entry = heap[0]
            yield entry[0]
            for value in _rest(entry[2]):
                yield value
        return
    order = 0
    for it in map(iter, iterables):
        try:
            nxt = it.__next__
            value = nxt()
            heap.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
        order += 1
    _heapify_fn(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = key(value)
                entry[2] = value
                _replace_fn(heap, entry)
        except StopIteration:
            _pop_fn(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        for value in _rest(entry[3]):
            yield value


def _rest(nxt):
    while True:
        try:
            value = nxt()
        except StopIteration:
            return
        yield value


def nsmallest(n, iterable, key=None):
    """Return the n smallest items: same as sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    """Return the n largest items: same as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]


# Functions CPython implements in C: their repr is <built-in function NAME>
# (read by the runtime's repr).
__builtin_function_names__ = ('heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
                              '_heappop_max', '_heapreplace_max', '_heapify_max')
