"""Tracing memory use, with the playground's own figures.

CPython's tracemalloc hooks Python's allocator and records a traceback per
block. The playground instead meters the whole run's heap (the interpreter
counts every byte its run allocates: objects, strings, frames...; see the
native `_interleave_heap`). This module reports that meter:
get_traced_memory() gives the heap growth since start() and the largest
growth seen, so a program can compare the cost of two approaches. The
numbers are the playground's, not CPython's (they include the interpreter's
own bookkeeping for the run). There are no per-line traces: snapshots hold
no statistics, and get_object_traceback() returns None.
"""

import linecache as _linecache

try:
    import _interleave_heap as _heap
except ImportError:          # under CPython (scripts/lib-harness.py)
    _heap = None

__all__ = ['is_tracing', 'start', 'stop', 'clear_traces', 'get_traced_memory',
           'reset_peak', 'get_tracemalloc_memory', 'get_traceback_limit',
           'take_snapshot', 'get_object_traceback', 'Snapshot', 'Statistic',
           'StatisticDiff', 'Frame', 'Traceback', 'Filter', 'DomainFilter',
           'Trace']

_tracing = False
_limit = 1
_base = 0
_vm_peak_at_start = 0
_peak = 0


def _used():
    return _heap.used() if _heap is not None else 0


def _vm_peak():
    return _heap.peak() if _heap is not None else 0


def is_tracing():
    return _tracing


def start(nframe=1, /):
    global _tracing, _limit
    if not isinstance(nframe, int):
        raise TypeError(f"'{type(nframe).__name__}' object cannot be "
                        "interpreted as an integer")
    if not 1 <= nframe <= 65535:
        raise ValueError('the number of frames must be in range [1; 65535]')
    _limit = nframe
    if not _tracing:
        _tracing = True
        clear_traces()


def stop():
    global _tracing
    _tracing = False
    clear_traces()


def clear_traces():
    global _base, _vm_peak_at_start, _peak
    _base = _used()
    _vm_peak_at_start = _vm_peak()
    _peak = 0


def _current():
    return max(0, _used() - _base)


def get_traced_memory():
    """(current, peak) bytes of heap growth since tracing started."""
    global _peak
    if not _tracing:
        return (0, 0)
    current = _current()
    vm_peak = _vm_peak()
    if vm_peak > _vm_peak_at_start:
        _peak = max(_peak, vm_peak - _base)
    _peak = max(_peak, current)
    return (current, _peak)


def reset_peak():
    global _peak, _vm_peak_at_start
    if not _tracing:
        return
    _vm_peak_at_start = _vm_peak()
    _peak = _current()


def get_tracemalloc_memory():
    return 0


def get_traceback_limit():
    return _limit


def get_object_traceback(obj):
    return None


class Frame:
    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % (self.filename, self.lineno)

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % (self.filename, self.lineno)


class Traceback(tuple):
    def __new__(cls, frames, total_nframe=None):
        self = tuple.__new__(cls, [Frame(f) for f in reversed(frames)])
        self._total_nframe = total_nframe
        return self

    @property
    def total_nframe(self):
        return self._total_nframe

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        return '<Traceback %r>' % (tuple(self),)

    def format(self, limit=None, most_recent_first=False):
        lines = []
        frames = list(self)
        if limit is not None:
            frames = frames[:limit] if limit > 0 else frames[limit:]
        if most_recent_first:
            frames.reverse()
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = _linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


class Statistic:
    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __str__(self):
        text = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (
            self.traceback, self.size, self.count)


class StatisticDiff:
    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __str__(self):
        return '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff)


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return '%+.1f %s' % (size, unit) if sign else '%.1f %s' % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return '%+.0f %s' % (size, unit) if sign else '%.0f %s' % (size, unit)
        size /= 1024


class Trace:
    __slots__ = ('domain', 'size', 'traceback')


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None,
                 all_frames=False, domain=None):
        super().__init__(inclusive)
        self.filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self.domain = domain


class Snapshot:
    """A snapshot of the traces: the playground keeps none, so statistics
    are empty lists (the totals are in get_traced_memory())."""

    def __init__(self, traces, traceback_limit):
        self.traces = traces
        self.traceback_limit = traceback_limit

    def filter_traces(self, filters):
        for item in filters:
            if not isinstance(item, BaseFilter):
                raise TypeError('filters must be a list of filters, not %s'
                                % type(item).__name__)
        return Snapshot(self.traces, self.traceback_limit)

    def statistics(self, key_type, cumulative=False):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError('cumulative mode cannot by used '
                             'with key type %r' % key_type)
        return []

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        self.statistics(key_type, cumulative)
        return []

    def dump(self, filename):
        raise PermissionError(f'tracemalloc.Snapshot.dump() cannot write '
                              f'{filename!r}: the playground has no writable files')

    @staticmethod
    def load(filename):
        raise FileNotFoundError(2, 'No such file or directory')


def take_snapshot():
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory '
                           'allocations to take a snapshot')
    return Snapshot((), _limit)
