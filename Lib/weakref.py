"""Weak references (CPython 3.11's weakref module API).

ref(obj)() is obj while something else keeps it alive and None after it is
freed (the VM frees objects by reference counting, like CPython), through
the native `_interleave_weakref` handles; WeakSet, WeakKeyDictionary and
WeakValueDictionary drop dead entries when they are next looked at.

ref callbacks and finalize() run when the object dies: the native handle,
given its owning ref, calls the ref's _target_died() at the instruction
boundary after the death (CPython runs it during the decref itself, so
output order is the same). finalize._exitfunc() runs the atexit finalizers
when the runner calls it at the end of a program.
"""

try:
    import _interleave_weakref as _native
except ImportError:
    _native = None

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize', 'KeyedRef']


class _StrongHandle:
    """Stands in for a native weak handle on a VM without one."""

    def __init__(self, obj):
        self._obj = obj

    def get(self):
        return self._obj

    def alive(self):
        return True


class _CPythonHandle:
    """A handle over CPython's own weak references (scripts/lib-harness.py)."""

    def __init__(self, obj, owner=None):
        if owner is None:
            self._ref = _cpython_weakref.ref(obj)
        else:
            owner_ref = _cpython_weakref.ref(owner)

            def died(_, owner_ref=owner_ref):
                owner = owner_ref()
                if owner is not None:
                    owner._target_died()
            self._ref = _cpython_weakref.ref(obj, died)

    def get(self):
        return self._ref()

    def alive(self):
        return self._ref() is not None


try:
    import _weakref as _cpython_weakref
except ImportError:
    _cpython_weakref = None


def _handle(obj, owner=None):
    """A handle on obj; with an owner, owner._target_died() runs when obj dies."""
    if _native is not None:
        return _native.handle(obj) if owner is None else _native.handle(obj, owner)
    if _cpython_weakref is not None:
        return _CPythonHandle(obj, owner)
    return _StrongHandle(obj)


_refs_by_id = {}   # id(obj) -> a weak handle on obj's callback-less ref
_all_refs_by_id = {}   # id(obj) -> weak handles on every ref made to obj


def _live_refs(obj):
    """The refs to obj still alive, oldest first (dead entries are dropped)."""
    handles = _all_refs_by_id.get(id(obj))
    if not handles:
        return []
    live = []
    kept = []
    for handle in handles:
        r = handle.get()
        if r is not None and r() is obj:
            live.append(r)
            kept.append(handle)
    if kept:
        _all_refs_by_id[id(obj)] = kept
    else:
        del _all_refs_by_id[id(obj)]
    return live


def _canonical(obj):
    """obj's callback-less ref while that ref is alive, else None."""
    handle = _refs_by_id.get(id(obj))
    if handle is None:
        return None
    existing = handle.get()
    if existing is None or existing() is not obj:
        return None
    return existing


class ReferenceType:
    """A weak reference to an object: calling it returns the object, or
    None once it has been freed."""

    __slots__ = ('_handle', '_hash', '__callback__', '_id', '__weakref__')

    def __new__(cls, *args, **kwargs):
        # CPython's C signature: 1 or 2 positional arguments (keywords are
        # checked by __init__, after __new__ took them).
        ob, callback = _unpack_args('__new__', args)
        if kwargs and cls is ref:
            raise TypeError('ref() takes no keyword arguments')
        if callback is None and cls is ref:
            existing = _canonical(ob)
            if existing is not None:
                return existing
        self = object.__new__(cls)
        self._handle = _handle(ob, None if callback is None else self)
        self._hash = None
        self.__callback__ = callback
        self._id = id(ob)
        if callback is None and cls is ref:
            _refs_by_id[id(ob)] = _handle(self)
        handles = _all_refs_by_id.get(id(ob))
        if handles is None or not any(h.get() is not None and h.get()() is ob for h in handles):
            handles = _all_refs_by_id[id(ob)] = []
        handles.append(_handle(self))
        return self

    def __init__(self, *args, **kwargs):
        _unpack_args('__init__', args)

    def __call__(self):
        return self._handle.get()

    def _target_died(self):
        callback = self.__callback__
        if callback is not None:
            self.__callback__ = None
            callback(self)

    def __hash__(self):
        if self._hash is None:
            obj = self()
            if obj is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        obj = self()
        if obj is None:
            return f'<weakref at 0x{id(self):x}; dead>'
        return f'<weakref at 0x{id(self):x}; to {type(obj).__name__!r} at 0x{id(obj):x}>'

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


ref = ReferenceType   # CPython's weakref.ref is the type ReferenceType


class KeyedRef(ref):
    """ref subclass that carries a `key` attribute (WeakValueDictionary's
    entries in CPython)."""

    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakMethod(ref):
    """A weak reference to a bound method (kept alive by neither its object
    nor its function)."""

    __slots__ = ('_func_ref', '_meth_type')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))


class _ProxyRef(ref):
    """A proxy's own reference (never the shared callback-less ref, so
    getweakrefcount counts the proxy)."""
    __slots__ = ()


class ProxyType:
    """A proxy forwarding attribute access to a weakly referenced object."""

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', _ProxyRef(obj, callback))

    def _target(self):
        obj = object.__getattribute__(self, '_ref')()
        if obj is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = ProxyType._target(self)
        return f'<weakproxy at 0x{id(self):x}; to {type(obj).__name__!r} at 0x{id(obj):x}>'

    def __str__(self):
        return str(ProxyType._target(self))

    @property
    def __class__(self):
        return type(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __bool__(self):
        return bool(ProxyType._target(self))

    __hash__ = None


def _unwrap(value):
    """A proxy operand stands for its referent (as in CPython's proxy slots)."""
    return ProxyType._target(value) if isinstance(value, ProxyType) else value


def _proxy_binary(name):
    import operator
    op = getattr(operator, name)

    def forward(self, other):
        return op(ProxyType._target(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), ProxyType._target(self))

    def inplace(self, other):
        return getattr(operator, 'i' + name)(ProxyType._target(self), _unwrap(other))
    return forward, reflected, inplace


for _name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'matmul',
              'lshift', 'rshift', 'and', 'or', 'xor'):
    _forward, _reflected, _inplace = _proxy_binary(_name + '_' if _name in ('and', 'or') else _name)
    _dunder = _name
    setattr(ProxyType, f'__{_dunder}__', _forward)
    setattr(ProxyType, f'__r{_dunder}__', _reflected)
    setattr(ProxyType, f'__i{_dunder}__', _inplace)

for _name in ('lt', 'le', 'gt', 'ge', 'ne'):
    setattr(ProxyType, f'__{_name}__',
            (lambda op: lambda self, other: op(ProxyType._target(self), _unwrap(other)))(
                getattr(__import__('operator'), _name)))

for _name, _fn in (('neg', lambda x: -x), ('pos', lambda x: +x), ('abs', abs), ('invert', lambda x: ~x),
                   ('index', lambda x: x.__index__()), ('int', int), ('float', float),
                   ('reversed', reversed), ('bytes', bytes)):
    setattr(ProxyType, f'__{_name}__', (lambda fn: lambda self: fn(ProxyType._target(self)))(_fn))
ProxyType.__delitem__ = lambda self, key: ProxyType._target(self).__delitem__(key)
ProxyType.__next__ = lambda self: next(ProxyType._target(self))
del _name, _fn, _forward, _reflected, _inplace, _dunder


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def _unpack_args(name, args):
    """(ob, callback) from 1 or 2 positional arguments, with the TypeError
    of CPython's PyArg_UnpackTuple."""
    if not args:
        raise TypeError(f'{name} expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(f'{name} expected at most 2 arguments, got {len(args)}')
    return args[0], (args[1] if len(args) == 2 else None)


def proxy(*args, **kwargs):
    """Create a proxy object that weakly references 'object'."""
    if kwargs:
        raise TypeError('_weakref.proxy() takes no keyword arguments')
    obj, callback = _unpack_args('proxy', args)
    return CallableProxyType(obj, callback) if callable(obj) else ProxyType(obj, callback)


def getweakrefcount(obj):
    """Return the number of weak references and proxies to 'obj'."""
    return len(_live_refs(obj))


def getweakrefs(obj):
    """The weak references and proxies to 'obj' that are still alive."""
    return _live_refs(obj)


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self._refs = {}
        if data is not None:
            self.update(data)

    def _live(self):
        dead = [k for k, r in self._refs.items() if r() is None]
        for k in dead:
            del self._refs[k]
        return [r() for r in self._refs.values()]

    def __iter__(self):
        return iter([x for x in self._live() if x is not None])

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        r = self._refs.get(id(item))
        return r is not None and r() is item

    def add(self, item):
        self._live()
        if item not in self:
            self._refs[id(item)] = ref(item)

    def discard(self, item):
        r = self._refs.get(id(item))
        if r is not None and r() is item:
            del self._refs[id(item)]

    def remove(self, item):
        if item not in self:
            raise KeyError(item)
        self.discard(item)

    def pop(self):
        for item in self._live():
            self.discard(item)
            return item
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self._refs.clear()

    def copy(self):
        return self.__class__(self)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(x for x in self if x in other)

    __and__ = intersection

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(map(id, self)) == set(map(id, other))

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def difference_update(self, other):
        for element in list(other):
            self.discard(element)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection_update(self, other):
        keep = list(other)
        for item in list(self):
            if not any(item is x or item == x for x in keep):
                self.discard(item)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for element in list(other):
            if element in self:
                self.discard(element)
            else:
                self.add(element)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def __repr__(self):
        # CPython shows its underlying set of weak references.
        refs = [r for r in self._refs.values() if r() is not None]
        return '{' + ', '.join(map(repr, refs)) + '}' if refs else 'set()'

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


class WeakKeyDictionary:
    """Mapping class that references keys weakly.

    As in CPython the entries are keyed by weak references, which hash and
    compare like their referents: keys must be hashable, and an equal key
    finds the entry. Entries whose key died are dropped when next seen."""

    def __init__(self, dict=None):
        self._data = {}
        if dict is not None:
            self.update(dict)

    def _prune(self):
        dead = [r for r in self._data if r() is None]
        for r in dead:
            del self._data[r]

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        self._prune()
        return len(self._data)

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        self._prune()
        return [k for k in (r() for r in self._data) if k is not None]

    def values(self):
        self._prune()
        return list(self._data.values())

    def items(self):
        self._prune()
        return [(k, v) for k, v in ((r(), v) for r, v in self._data.items()) if k is not None]

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key), default)

    def pop(self, key, *args):
        return self._data.pop(ref(key), *args)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            items = dict.items() if hasattr(dict, 'items') else dict
            for key, value in items:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def copy(self):
        new = self.__class__()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def popitem(self):
        while True:
            r, value = self._data.popitem()
            key = r()
            if key is not None:
                return key, value

    def keyrefs(self):
        self._prune()
        return list(self._data)

    def clear(self):
        self._data.clear()

    def __repr__(self):
        return f'<{self.__class__.__name__} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


class WeakValueDictionary:
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self._data = {}
        self.update(other, **kw)

    def _prune(self):
        dead = [k for k, r in self._data.items() if r() is None]
        for k in dead:
            del self._data[k]

    def __getitem__(self, key):
        r = self._data[key]
        obj = r()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self._data[key] = ref(value)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        r = self._data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        self._prune()
        return len(self._data)

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        self._prune()
        return list(self._data.keys())

    def values(self):
        self._prune()
        return [r() for r in self._data.values()]

    def items(self):
        self._prune()
        return [(k, r()) for k, r in self._data.items()]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key, *args):
        try:
            value = self[key]
        except KeyError:
            if args:
                return args[0]
            raise
        del self._data[key]
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            items = other.items() if hasattr(other, 'items') else other
            for key, value in items:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def valuerefs(self):
        self._prune()
        return list(self._data.values())

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def popitem(self):
        while True:
            key, r = self._data.popitem()
            obj = r()
            if obj is not None:
                return key, obj

    def copy(self):
        return self.__class__(self.items())

    def clear(self):
        self._data.clear()

    def __repr__(self):
        return f'<{self.__class__.__name__} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


# [Lib/atexit.py once it is imported on the VM, whether the finalizer
# sweep is registered with atexit yet].
_atexit_hook = [None, False]


def _use_atexit(module):
    """Called by Lib/atexit.py on the VM: from now on finalize._exitfunc
    (the runner's end-of-program hook) runs all of atexit's callbacks, the
    finalizer sweep among them."""
    _atexit_hook[0] = module


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable that calls
    func(*args, **kwargs) at most once: when called, or when obj dies."""

    __slots__ = ()
    _registry = {}
    _index_iter = iter(range(1 << 62))

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[id(self)] = (self, info)
        if not _atexit_hook[1]:
            # As CPython: the first finalizer registers the sweep with atexit.
            _atexit_hook[1] = True
            import atexit as _atexit
            _atexit.register(finalize._sweep)

    def _info(self):
        entry = self._registry.get(id(self))
        return entry[1] if entry is not None and entry[0] is self else None

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._info()
        if info is not None:
            del self._registry[id(self)]
            return info.func(*info.args, **(info.kwargs or {}))
        return None

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._info()
        obj = info and info.weakref()
        if obj is not None:
            del self._registry[id(self)]
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        info = self._info()
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._info() is not None

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._info()
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._info()
        if info:
            info.atexit = bool(value)

    @classmethod
    def _exitfunc(cls):
        """The runner's end-of-program hook: runs atexit's callbacks when
        the program imported atexit (the finalizer sweep is one of them,
        as in CPython), else the sweep alone."""
        if _atexit_hook[0] is not None:
            _atexit_hook[0]._run_exitfuncs()
        else:
            cls._sweep()

    @classmethod
    def _sweep(cls):
        """Calls the finalizers still alive whose atexit is true, newest
        first (CPython registers this with atexit; the runner calls it at
        the end of a program, before module teardown)."""
        while True:
            pending = [entry for entry in cls._registry.values() if entry[1].atexit]
            if not pending:
                return
            pending.sort(key=lambda entry: entry[1].index)
            f = pending[-1][0]
            try:
                f()
            except Exception:
                import sys
                sys.excepthook(*sys.exc_info())

    def __repr__(self):
        info = self._info()
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))


# CPython implements these three in C (tp_name 'weakref.ReferenceType',
# ...): its error messages name them with the module, and so do ours.
from _c_types import c_type_name as _c_type_name
for _cls in (ReferenceType, ProxyType, CallableProxyType):
    _c_type_name(_cls)
del _cls, _c_type_name
WeakSet.__module__ = '_weakrefset'   # where CPython defines it
