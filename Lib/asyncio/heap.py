"""Binary min-heaps with exactly CPython's heapq sift algorithm.

The order in which equal keys leave the heap is observable (timers with the
same deadline fire in heap order, not insertion order: conformance cases 035
and 105), so push/pop/heapify move elements exactly as heapq does: push sifts
the new leaf towards the root while it is strictly smaller than its parent;
pop moves the last leaf to the root, walks the hole down along the smaller
child (the right one unless left < right) to a leaf, then sifts up again.

These are specialised for timer handles keyed by their `_when` (the event
loop's hot path, no method call per comparison); PriorityQueue compares its
items with `<` and uses the heapq module, as CPython's does.
"""


def _timer_sift_towards_root(heap, start, pos):
    item = heap[pos]
    when = item._when
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if when < parent._when:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _timer_sift_to_leaf(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child]._when < heap[right]._when:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _timer_sift_towards_root(heap, start, pos)


def push_timer(heap, handle):
    """Adds a timer handle (ordered by `_when`) to `heap`."""
    heap.append(handle)
    _timer_sift_towards_root(heap, 0, len(heap) - 1)


def pop_timer(heap):
    """Removes and returns the timer with the smallest `_when`."""
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _timer_sift_to_leaf(heap, 0)
        return first
    return last


def heapify_timers(heap):
    """Rearranges a list of timer handles into heap order, in place."""
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _timer_sift_to_leaf(heap, pos)
