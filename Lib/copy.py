"""Shallow and deep copy operations (CPython 3.11's copy module semantics).

copy(x) and deepcopy(x, memo) honour __copy__/__deepcopy__, __reduce_ex__
style state (__getstate__/__setstate__, __dict__), and copy builtin
containers directly. Immutable atoms are returned as they are.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

import builtins as _builtins
import sys as _sys
import types as _types

_ATOMIC = (type(None), int, float, bool, str, range, slice, frozenset, type,
           property, type(Ellipsis), type(NotImplemented),
           _types.FunctionType, _types.BuiltinFunctionType)
for _name in ('complex', 'bytes'):
    if hasattr(_builtins, _name):
        _ATOMIC = _ATOMIC + (getattr(_builtins, _name),)
del _name

# deepcopy rebuilds these through their __reduce_ex__ (a new object), where
# copy returns them as they are.
_DEEP_ATOMIC = tuple(t for t in _ATOMIC if t not in (slice, frozenset))


def _is_weakref(cls):
    """cls is exactly weakref.ref, which CPython's copy treats as immutable
    (a weak reference exists only once weakref is imported)."""
    weakref = _sys.modules.get('weakref')
    return weakref is not None and cls is weakref.ref


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is getattr(_builtins, 'bytearray', None):
        return cls(x)
    if issubclass(cls, type) or _is_weakref(cls):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _DEEP_ATOMIC or issubclass(cls, type) or _is_weakref(cls):
        y = x
    elif cls is frozenset:
        y = _from_reduce(x, (cls, (list(x),)), memo, True)
    elif cls is slice:
        y = _from_reduce(x, (cls, (x.start, x.stop, x.step)), memo, True)
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself has been copied already.
        if d in memo:
            return memo[d]
        y = x
        for i in range(len(x)):
            if x[i] is not items[i]:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    # If x is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive while memo is (ids stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    # copyreg.pickle() registrations come first, as in CPython (nothing can
    # be registered while copyreg has not been imported).
    copyreg = _sys.modules.get('copyreg')
    registered = copyreg.dispatch_table.get(cls) if copyreg is not None else None
    if registered is not None:
        rv = registered(x)
        if isinstance(rv, str):
            return x
        return _from_reduce(x, rv, memo, deep)
    if copyreg is None:
        import copyreg
    unpicklable = copyreg._unpicklable_name(cls)
    if unpicklable is not None:
        raise TypeError(f"cannot pickle {unpicklable!r} object")
    reductor = getattr(cls, '__reduce_ex__', None)
    rv = None
    if reductor is not None and cls.__dict__.get('__reduce_ex__') is not None:
        rv = reductor(x, 4)
    elif '__reduce__' in _class_dict_chain(cls):
        rv = x.__reduce__()
    if isinstance(rv, str):
        return x
    if rv is None:
        rv = _builtin_reduce(x, cls)
    if rv is not None:
        return _from_reduce(x, rv, memo, deep)
    return _copy_instance(x, cls, memo, deep)


def _builtin_reduce(x, cls):
    """CPython's __reduce_ex__ of the native containers whose contents
    object.__new__ would lose (bytearray, collections.deque), else None."""
    state = getattr(x, '__dict__', None) or None
    if isinstance(x, _builtins.bytearray):
        return (cls, (bytes(x),), state)
    collections = _sys.modules.get('collections')
    deque = getattr(collections, 'deque', None)
    if deque is not None and isinstance(x, deque):
        # Only a subclass instance's own attributes (a pure-Python deque
        # keeps its storage in __dict__ too).
        internal = getattr(deque(), '__dict__', None) or {}
        state = {k: v for k, v in (state or {}).items() if k not in internal} or None
        return (cls, ((), x.maxlen), state, iter(x))
    return None


def _class_dict_chain(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is object:
            break
        names.update(klass.__dict__.keys())
    return names


def _copy_instance(x, cls, memo, deep):
    # Builtin subclasses (list, dict, set) keep their contents.
    getnewargs = getattr(cls, '__getnewargs__', None)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if isinstance(x, (list, dict, set)) and cls not in (list, dict, set):
        y = cls.__new__(cls)
    elif getnewargs_ex is not None:
        # copyreg.__newobj_ex__: keyword arguments of __new__ too.
        args, kwargs = getnewargs_ex(x)
        if deep:
            args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    elif getnewargs is not None:
        # int/float/str/tuple subclasses: rebuilt from their value, as
        # copyreg.__newobj__ does with __getnewargs__.
        y = cls.__new__(cls, *getnewargs(x))
    else:
        y = object.__new__(cls) if cls.__new__ is object.__new__ else cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        items = [deepcopy(a, memo) if deep else a for a in x]
        list.extend(y, items)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for a in x:
            set.add(y, deepcopy(a, memo) if deep else a)
    state = _get_state(x, cls)
    if state is None:
        return y
    if deep:
        state = deepcopy(state, memo)
    _set_state(y, state)
    return y


def _get_state(x, cls):
    getstate = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            getstate = klass.__dict__['__getstate__']
            break
    if getstate is not None:
        return getstate(x)
    slots_state = {}
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if hasattr(x, name):
                slots_state[name] = getattr(x, name)
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if slots_state:
        return (dict(d) if d else None, slots_state)
    if not d:
        return None
    return dict(d)


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and not _is_default_setstate(y):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _is_default_setstate(y):
    for klass in type(y).__mro__:
        if klass is object:
            return True
        if '__setstate__' in klass.__dict__:
            return False
    return True


def _from_reduce(x, rv, memo, deep):
    if not isinstance(rv, tuple):
        raise Error('__reduce__ must return a string or tuple')
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


del _types
