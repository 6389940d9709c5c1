"""Helpers shared by unittest's modules: safe reprs, the shortening of long
reprs in failure messages, and the element-count diffs of assertCountEqual."""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when repr raises; with
    short, cut to 80 characters plus ' [truncated]...'."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    """'module.QualName' of a class, as test descriptions show it."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(text, keep_head, keep_tail):
    """text with its middle replaced by '[N chars]' when that saves room."""
    skipped = len(text) - keep_head - keep_tail
    if skipped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (text[:keep_head], skipped, text[len(text) - keep_tail:])
    return text


def _shared_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and n < len(last) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    """The reprs of args; when one is longer than 80 characters, their common
    prefix and each one's distinct tail are elided to fit."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _shared_prefix(reprs)
    cut = len(prefix)
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(head + r[cut:] for r in reprs)
    head = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _elide(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


class _Mismatch(tuple):
    """(actual count, expected count, value) of one element."""
    __slots__ = ()

    def __new__(cls, actual, expected, value):
        return tuple.__new__(cls, (actual, expected, value))

    actual = property(lambda self: self[0])
    expected = property(lambda self: self[1])
    value = property(lambda self: self[2])


def _counts_in_order(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """Mismatched counts of hashable elements, in first-seen order."""
    mine, theirs = _counts_in_order(actual), _counts_in_order(expected)
    out = []
    for value, n in mine.items():
        other = theirs.get(value, 0)
        if n != other:
            out.append(_Mismatch(n, other, value))
    for value, n in theirs.items():
        if value not in mine:
            out.append(_Mismatch(0, n, value))
    return out


def _count_diff_all_purpose(actual, expected):
    """Mismatched counts for elements that may be unhashable (quadratic)."""
    mine, theirs = list(actual), list(expected)
    used = object()
    out = []
    for i, value in enumerate(mine):
        if value is used:
            continue
        n = other = 0
        for j in range(i, len(mine)):
            if mine[j] == value:
                n += 1
                mine[j] = used
        for j, item in enumerate(theirs):
            if item == value:
                other += 1
                theirs[j] = used
        if n != other:
            out.append(_Mismatch(n, other, value))
    for i, value in enumerate(theirs):
        if value is used:
            continue
        other = 0
        for j in range(i, len(theirs)):
            if theirs[j] == value:
                other += 1
                theirs[j] = used
        out.append(_Mismatch(0, other, value))
    return out
