"""The isinstance()/issubclass() machinery behind collections.abc.

`ABCMeta` is the metaclass of every ABC (as in CPython): `isinstance(obj, C)`
and `issubclass(S, C)` call `type(C).__instancecheck__(C, obj)` /
`__subclasscheck__(C, S)`, which answer through `subclass_check`:

1. `C.__subclasshook__(S)`: True/False decide; NotImplemented goes on
   (structural checks such as Iterable's "has `__iter__`" live here);
2. C in S.__mro__ (ordinary inheritance);
3. S is (a subclass of) a class registered with C or with an ABC derived
   from C (`Sequence.register(tuple)`).

Results are cached per (C, S) until the next `register` call.

Abstract methods (`abc.abstractmethod`) are collected into
`__abstractmethods__` when a class is created, and instantiating a class
whose set is not empty raises CPython's TypeError (`ABCMeta.__call__`).
"""

# types.GenericAlias (Python code on the VM, native on CPython under
# scripts/lib-harness.py); `types` itself imports this module.
GenericAlias = type(list[int])

_registries = {}
_cache = {}


def class_dict(cls):
    """The attribute mapping of one class, or None if the VM has none for it."""
    try:
        d = cls.__dict__
    except AttributeError:
        return None
    return d if hasattr(d, 'keys') else None


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
    hook = getattr(cls, '__subclasshook__', None)
    ok = NotImplemented if hook is None else hook(sub)
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


# abc.get_cache_token(): bumped by every registration that adds a class.
invalidation_counter = [0]


def _is_known_subclass(cls, subclass):
    """subclass inherits from cls or from a class registered with it.
    (Structural, unlike issubclass(): the ABC cache is not consulted, so
    registering builtins at import hashes no new class.)"""
    mro = subclass.__mro__
    if cls in mro:
        return True
    return any(registered in mro for registered in _registries.get(cls, ()))


def _register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('Can only register classes')
    if _is_known_subclass(cls, subclass):
        return subclass  # already a subclass: nothing changes
    if issubclass(cls, subclass):
        raise RuntimeError('Refusing to create an inheritance cycle')
    _registries.setdefault(cls, []).append(subclass)
    _cache.clear()
    invalidation_counter[0] += 1
    return subclass


def is_abstract(value):
    """value.__isabstractmethod__, looking through property, classmethod and
    staticmethod (whose native types may not expose the attribute)."""
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (getattr(value, 'fget', None), getattr(value, 'fset', None),
                             getattr(value, 'fdel', None)))
    func = getattr(value, '__func__', None)
    return func is not None and getattr(func, '__isabstractmethod__', False)


def compute_abstracts(cls):
    """The names of cls's abstract methods (CPython's _abc._abc_init)."""
    abstracts = set()
    d = class_dict(cls) or {}
    for name, value in list(d.items()):
        if is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = None
            for klass in cls.__mro__:
                d = class_dict(klass)
                if d is not None and name in d:
                    value = d[name]
                    break
            if is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def abstract_error(cls):
    names = sorted(cls.__abstractmethods__)
    plural = 's' if len(names) > 1 else ''
    return TypeError(f"Can't instantiate abstract class {cls.__name__} "
                     f"with abstract method{plural} {', '.join(names)}")


def _make_abc_new(owner):
    """The __new__ installed on an ABC `owner` that has abstract methods
    (the VM does not route instantiation through a metaclass __call__):
    refuses while cls still has abstract methods, else defers to the next
    __new__ after `owner` in cls's MRO."""
    def __new__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            raise abstract_error(cls)
        mro = cls.__mro__
        start = mro.index(owner) + 1 if owner in mro else 0
        for klass in mro[start:]:
            d = class_dict(klass)
            if d is None or '__new__' not in d:
                continue
            new = d['__new__']
            if getattr(new, '_abc_injected', False):
                continue
            if klass is object:
                return object.__new__(cls)
            new = getattr(new, '__func__', new)
            return new(cls, *args, **kwargs)
        return object.__new__(cls)
    __new__._abc_injected = True
    return __new__


def ensure_abc_new(cls):
    """After cls.__abstractmethods__ changed (abc.update_abstractmethods):
    make instantiation refuse while it is non-empty, as CPython's
    object.__new__ does whenever the set is."""
    if not cls.__abstractmethods__:
        return
    if getattr(getattr(cls, '__new__', None), '_abc_injected', False):
        return
    d = class_dict(cls)
    if d is not None and '__new__' not in d:
        cls.__new__ = _make_abc_new(cls)


class ABCMeta(type):
    """Metaclass for the abstract base classes of collections.abc and abc."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = compute_abstracts(cls)
        cls.__abstractmethods__ = abstracts
        if abstracts and '__new__' not in namespace:
            cls.__new__ = _make_abc_new(cls)
        return cls

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        return subclass_check(cls, type(instance))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        return subclass_check(cls, subclass)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it (decorator use)."""
        return _register(cls, subclass)


# CPython defines the metaclass in abc (its C half is _abc).
ABCMeta.__module__ = 'abc'


class ABCBase(metaclass=ABCMeta):
    """Root of Interleave's abstract base classes (see module doc)."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        """`Iterable[int]`: a types.GenericAlias, as in CPython."""
        return GenericAlias(cls, item)
