"""Functional tools for creating and using iterators, Interleave's itertools.

Each public function checks its arguments and calls iter() eagerly (so misuse
raises where CPython raises, with the same messages) and then hands over to a
private generator. Orders, laziness and consumption of the inputs follow
CPython's C implementation (islice consumes exactly as CPython does).
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = (1 << 63) - 1
_MISSING = object()  # an argument Argument Clinic reports by position

from _generic_alias import GenericAlias as _GenericAlias


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__float__') or
            hasattr(t, '__int__') or hasattr(t, '__complex__'))


from _c_types import c_type_name as _c_type_name


@_c_type_name
class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_n', '_step')

    def __new__(cls, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self = object.__new__(cls)
        # CPython's fast mode (an int start, step 1) keeps a plain int.
        if type(step) is int and step == 1 and isinstance(start, int):
            start = int(start)
        self._n = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {step!r})'


def _make_cycle(iterable):
    """Return elements from the iterable until exhausted, then repeat forever."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


@_c_type_name
class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    __slots__ = ('_obj', '_times')

    def __new__(cls, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if times is not None and not isinstance(times, int):
            raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
        self = _object_new(cls)
        self._obj = object
        self._times = None if times is None else max(int(times), 0)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times == 0:
            raise StopIteration
        self._times = times - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._obj!r})'
        return f'{type(self).__name__}({self._obj!r}, {self._times})'


_object_new = object.__new__


def _make_accumulate(iterable=_MISSING, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    if iterable is _MISSING:
        raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _make_chain(*iterables):
    """Return elements from the first iterable until it is exhausted, then
    from the next, until all of the iterables are exhausted."""
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(cls, iterables):
    """Alternative chain() constructor taking a single iterable argument."""
    self = _object_new(cls)
    self._it = _chain_lazy(iter(iterables))
    return self


def _chain_lazy(iterables):
    for it in iterables:
        for element in it:
            yield element




def _make_compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def _make_dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def _make_takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def _make_filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class _GroupbyState:
    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.tgtkey = self.currkey = self.currvalue = _NOTHING
        self.grouper = None


_NOTHING = object()


def _make_groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    return _groupby(_GroupbyState(iter(iterable), key))


def _step(state):
    # Reads one value (False when exhausted); like CPython, values are read
    # lazily, only when the outer iterator or the current group needs one.
    try:
        value = next(state.it)
    except StopIteration:
        return False
    key = value if state.keyfunc is None else state.keyfunc(value)
    state.currvalue = value
    state.currkey = key
    return True


def _groupby(state):
    while True:
        state.grouper = None
        while True:
            if state.currkey is _NOTHING:
                pass
            elif state.tgtkey is _NOTHING:
                break
            elif not state.tgtkey == state.currkey:
                break
            if not _step(state):
                return
        state.tgtkey = state.currkey
        token = object()
        state.grouper = token
        group = _object_new(_grouper)
        group._it = _grouper_gen(state, state.tgtkey, token)
        yield state.currkey, group


def _grouper_gen(state, tgtkey, token):
    while True:
        if state.grouper is not token:
            return
        if state.currvalue is _NOTHING:
            if not _step(state):
                return
        if not tgtkey == state.currkey:
            return
        value = state.currvalue
        state.currvalue = _NOTHING
        state.currkey = _NOTHING
        yield value


def _make_islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    elif not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError('Stop argument for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    elif not isinstance(start, int) or start < 0:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    elif not isinstance(step, int) or step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, nxt, stop, step):
    # Mirrors CPython's islice_next: skip up to the next wanted index, stop at
    # `stop` without reading past it.
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def _make_pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def _make_starmap(function, iterable):
    """Return an iterator whose values are function(*args) for each args."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*tuple(args))


class _TeeLink:
    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """One of the independent iterators returned by tee()."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def _make_zip_longest(*iterables, fillvalue=None):
    """Aggregate elements from each iterable, filling missing values."""
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


from _combinatorics import (product as _make_product, permutations as _make_permutations,
                            combinations as _make_combinations,
                            combinations_with_replacement as _make_combinations_with_replacement)


class _IteratorObject:
    """What itertools' iterator types share: the values come from a private
    generator made by the constructor (CPython's are C types; these are
    real classes too, so type(), isinstance() and subclassing work)."""

    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _positional_only(name, least, most=_MISSING, keywords=()):
    """CPython's checks for a C constructor taking positional arguments
    (`least` to `most`, None: no limit) and only the named keywords."""
    most = least if most is _MISSING else most

    def check(args, kwargs):
        for key in kwargs:
            if key not in keywords:
                if name == 'zip_longest':
                    raise TypeError('zip_longest() got an unexpected keyword argument')
                if keywords:
                    raise TypeError(f'{key!r} is an invalid keyword argument for {name}()')
                raise TypeError(f'{name}() takes no keyword arguments')
        n = len(args)
        if least == most and not least <= n <= most:
            raise TypeError(f"{name} expected {least} argument{'s' if least != 1 else ''}, got {n}")
        if n < least:
            raise TypeError(f"{name} expected at least {least} argument{'s' if least != 1 else ''}, got {n}")
        if most is not None and n > most:
            raise TypeError(f"{name} expected at most {most} argument{'s' if most != 1 else ''}, got {n}")
    return check


def _clinic(name, names, required, maxpos=None):
    """Argument Clinic's checks for a constructor with parameters `names`,
    the first `required` of them required, at most `maxpos` positional."""
    maxargs = len(names)
    maxpos = maxargs if maxpos is None else maxpos

    def plural(n):
        return 's' if n != 1 else ''

    def check(args, kwargs):
        nargs, total = len(args), len(args) + len(kwargs)
        if total > maxargs:
            kind = 'keyword ' if nargs == 0 else ''
            raise TypeError(f'{name}() takes at most {maxargs} {kind}argument{plural(maxargs)} ({total} given)')
        if nargs > maxpos:
            raise TypeError(f'{name}() takes at most {maxpos} positional argument{plural(maxpos)} ({nargs} given)')
        for i, param in enumerate(names[:required]):
            if i >= nargs and param not in kwargs:
                raise TypeError(f"{name}() missing required argument '{param}' (pos {i + 1})")
        for key in kwargs:
            if key in names[:nargs]:
                raise TypeError(f"argument for {name}() given by name ('{key}') and position ({names.index(key) + 1})")
            if key not in names:
                raise TypeError(f'{key!r} is an invalid keyword argument for {name}()')
    return check


def _iterator_type(name, maker, extra=None, check=None):
    def __new__(cls, *args, **kwargs):
        if check is not None:
            check(args, kwargs)
        self = _object_new(cls)
        self._it = maker(*args, **kwargs)
        return self
    namespace = {'__new__': staticmethod(__new__), '__doc__': maker.__doc__,
                 '__module__': 'itertools', '__slots__': (), '__qualname__': name}
    if extra:
        namespace.update(extra)
    return type(name, (_IteratorObject,), namespace)


cycle = _iterator_type('cycle', _make_cycle, check=_positional_only('cycle', 1))
accumulate = _iterator_type('accumulate', _make_accumulate,
                            check=_clinic('accumulate', ('iterable', 'func', 'initial'), 1, 2))
chain = _iterator_type('chain', _make_chain, {'from_iterable': classmethod(_from_iterable),
                                              '__class_getitem__': classmethod(_GenericAlias)},
                       check=_positional_only('chain', 0, None))
compress = _iterator_type('compress', _make_compress, check=_clinic('compress', ('data', 'selectors'), 2))
dropwhile = _iterator_type('dropwhile', _make_dropwhile, check=_positional_only('dropwhile', 2))
takewhile = _iterator_type('takewhile', _make_takewhile, check=_positional_only('takewhile', 2))
filterfalse = _iterator_type('filterfalse', _make_filterfalse, check=_positional_only('filterfalse', 2))
groupby = _iterator_type('groupby', _make_groupby, check=_clinic('groupby', ('iterable', 'key'), 1))
_grouper = type('_grouper', (_IteratorObject,), {'__module__': 'itertools', '__slots__': ()})
islice = _iterator_type('islice', _make_islice, check=_positional_only('islice', 2, 4))
pairwise = _iterator_type('pairwise', _make_pairwise, check=_positional_only('pairwise', 1))
starmap = _iterator_type('starmap', _make_starmap, check=_positional_only('starmap', 2))
zip_longest = _iterator_type('zip_longest', _make_zip_longest,
                             check=_positional_only('zip_longest', 0, None, ('fillvalue',)))
product = _iterator_type('product', _make_product, check=_positional_only('product', 0, None, ('repeat',)))
permutations = _iterator_type('permutations', _make_permutations,
                              check=_clinic('permutations', ('iterable', 'r'), 1))
combinations = _iterator_type('combinations', _make_combinations,
                              check=_clinic('combinations', ('iterable', 'r'), 2))
combinations_with_replacement = _iterator_type('combinations_with_replacement',
                                               _make_combinations_with_replacement,
                                               check=_clinic('combinations_with_replacement',
                                                             ('iterable', 'r'), 2))
