"""The isinstance()/issubclass() machinery behind collections.abc.

Interleave's VM has no metaclasses. Instead, when `isinstance(obj, C)` or
`issubclass(S, C)` is evaluated for a user-defined class C and a class in C's
MRO (before the first builtin type) has `__instancecheck__` /
`__subclasscheck__` in its `__dict__`, the VM calls that raw function with
the class first: `f(C, obj)` / `f(C, S)` (what CPython does with a
metaclass's method) and uses the truth of the result. `ABCBase` below
defines both, so every ABC and every user class derived from one answers
through `subclass_check`:

1. `C.__subclasshook__(S)`: True/False decide; NotImplemented goes on
   (structural checks such as Iterable's "has `__iter__`" live here);
2. C in S.__mro__ (ordinary inheritance);
3. S is (a subclass of) a class registered with C or with an ABC derived
   from C (`Sequence.register(tuple)`).

CPython only honours these hooks on a metaclass, so `install_metaclass` (used
when the probe below shows the hooks are ignored, i.e. under CPython through
scripts/lib-harness.py) rebuilds the ABC classes with a small metaclass that
forwards to the same functions. Interleave's VM never runs that path.
"""

_registries = {}
_cache = {}


def class_dict(cls):
    """The attribute dict of one class, or None if the VM has none for it."""
    try:
        return cls.__dict__
    except AttributeError:
        return None


def check_methods(C, *methods):
    """True if class C (through its MRO) defines every method, not as None."""
    try:
        mro = C.__mro__
    except AttributeError:
        return NotImplemented
    for method in methods:
        for B in mro:
            d = class_dict(B)
            if d is None:
                if getattr(B, method, None) is not None:
                    break
                continue
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def subclass_check(cls, sub):
    """Decide issubclass(sub, cls) for an ABC cls (see the module doc)."""
    if not isinstance(sub, type):
        raise TypeError('issubclass() arg 1 must be a class')
    key = (cls, sub)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    result = _uncached_check(cls, sub)
    _cache[key] = result
    return result


def _uncached_check(cls, sub):
    ok = cls.__subclasshook__(sub)
    if ok is not NotImplemented:
        return bool(ok)
    if cls in sub.__mro__:
        return True
    for abc, registered in list(_registries.items()):
        if abc is cls or cls in abc.__mro__:
            for r in registered:
                if r is sub or issubclass(sub, r):
                    return True
    return False


def register(cls, subclass):
    """Record `subclass` as a virtual subclass of ABC `cls`."""
    if not isinstance(subclass, type):
        raise TypeError('Can only register classes')
    if issubclass(cls, subclass):
        raise RuntimeError('Refusing to create an inheritance cycle')
    _registries.setdefault(cls, []).append(subclass)
    _cache.clear()
    return subclass


class ABCBase:
    """Root of Interleave's abstract base classes (see module doc)."""

    # Plain functions, not classmethods: the VM calls the raw function found
    # in the class's MRO with (cls, argument), as CPython calls a metaclass's
    # type(cls).__instancecheck__(cls, obj).
    def __instancecheck__(cls, instance):
        return subclass_check(cls, type(instance))

    def __subclasscheck__(cls, subclass):
        return subclass_check(cls, subclass)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it (decorator use)."""
        return register(cls, subclass)

    @classmethod
    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class GenericAlias:
    """What `Iterable[int]` evaluates to: remembers origin and arguments."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        def name(x):
            if isinstance(x, list):
                return '[' + ', '.join(name(a) for a in x) + ']'
            if isinstance(x, type):
                if x.__module__ == 'builtins':
                    return x.__qualname__
                return x.__module__ + '.' + x.__qualname__
            if x is Ellipsis:
                return '...'
            return repr(x)
        return name(self.__origin__) + '[' + ', '.join(name(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class _Probe:
    def __instancecheck__(cls, instance):
        return True


HOOKS_NATIVE = isinstance(0, _Probe)

_meta = None


def install_metaclass(namespace, names):
    """On CPython only: rebuild the named classes of `namespace` with a
    metaclass forwarding isinstance/issubclass to `subclass_check`."""
    global _meta, ABCBase
    if HOOKS_NATIVE:
        return
    if _meta is None:
        _meta = type('ABCMeta', (type,), {
            '__instancecheck__': lambda cls, inst: subclass_check(cls, type(inst)),
            '__subclasscheck__': lambda cls, sub: subclass_check(cls, sub),
        })
        ABCBase = _rebuild(ABCBase, {})
    replaced = {_OLD_BASE[0]: ABCBase}
    for name in names:
        old = namespace[name]
        new = _rebuild(old, replaced)
        replaced[old] = new
        namespace[name] = new


_OLD_BASE = [ABCBase]


def _rebuild(old, replaced):
    body = {}
    for key, value in old.__dict__.items():
        if key not in ('__dict__', '__weakref__'):
            body[key] = value
    bases = tuple(replaced.get(b, b) for b in old.__bases__)
    return _meta(old.__name__, bases, body)
