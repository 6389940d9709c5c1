"""Helpers that pickle and copy share: the dispatch table (``pickle()``),
``constructor()``, the reconstructors that ``object.__reduce_ex__`` names,
and the extension registry, as CPython 3.11's copyreg.

``_object_reduce_ex`` is ``object.__reduce_ex__`` written in Python, for a
VM whose ``object`` does not define it.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor_ob argument is a vestige of Python 2 and is ignored.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


try:
    pickle(complex, pickle_complex, complex)
except NameError:  # a VM without complex
    pass


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _is_builtin_class(base):
    flags = getattr(base, '__flags__', None)
    if flags is not None:
        return not flags & _HEAPTYPE
    return base.__module__ == 'builtins'


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_class(base):
            break
    else:
        base = object  # not really reachable
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = _getstate_method(self)
    if getstate is None:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def _getstate_method(obj):
    """A __getstate__ the object's class defines (None for object's own)."""
    for klass in type(obj).__mro__:
        if klass is object:
            return None
        if '__getstate__' in klass.__dict__:
            return getattr(obj, '__getstate__')
    return None


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return a list of slot names for a given class (cached in
    cls.__slotnames__)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if not hasattr(cls, "__slots__"):
        pass
    else:
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass  # But don't die if we can't
    return names


def _default_state(obj, required):
    """object.__getstate__: the instance dict (None when empty) and the
    slot values, as CPython's object_getstate_default."""
    cls = type(obj)
    if required and cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    else:
        state = dict(state) if state else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


# Types whose instances keep their state in CPython's C structs, where
# object.__reduce_ex__ cannot reach it, by (__module__, __qualname__), with
# the type name CPython's "cannot pickle '...' object" spells.
_NATIVE_STATE = {
    ('builtins', 'generator'): 'generator',
    ('builtins', 'coroutine'): 'coroutine',
    ('builtins', 'async_generator'): 'async_generator',
    ('builtins', 'module'): 'module',
    ('builtins', 'frame'): 'frame',
    ('builtins', 'traceback'): 'traceback',
    ('_asyncio', 'Future'): '_asyncio.Future',
    ('_asyncio', 'Task'): '_asyncio.Task',
    # Our pure-Python Future and Task stand in for the C ones where the VM's
    # native types are absent (on CPython, under scripts/lib-harness.py).
    ('asyncio.futures', 'Future'): '_asyncio.Future',
    ('asyncio.tasks', 'Task'): '_asyncio.Task',
    ('_thread', 'lock'): '_thread.lock',
    ('_thread', 'RLock'): '_thread.RLock',
}


def _unpicklable_name(cls):
    """The type name object.__reduce_ex__ reports for an instance of cls
    whose state is native (a generator, a module, asyncio's Future or Task,
    a thread lock, or a subclass of one that takes over none of
    __reduce__/__reduce_ex__/__getstate__), else None."""
    for klass in cls.__mro__:
        native = _NATIVE_STATE.get((klass.__module__, klass.__qualname__))
        if native is not None:
            return native if klass is cls else cls.__name__
        if klass is object:
            return None
        own = klass.__dict__
        if '__reduce__' in own or '__reduce_ex__' in own or '__getstate__' in own:
            return None
    return None


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): a class's own __reduce__ if it defines
    one, else copyreg._reduce_ex below protocol 2 and the __newobj__ form
    (CPython's reduce_newobj) from protocol 2 on."""
    cls = type(obj)
    unpicklable = _unpicklable_name(cls)
    if unpicklable is not None:
        raise TypeError(f"cannot pickle {unpicklable!r} object")
    for klass in cls.__mro__:
        if klass is object:
            break
        if '__reduce__' in klass.__dict__:
            return obj.__reduce__()
    if proto < 2:
        return _reduce_ex(obj, proto)
    args, kwargs = (), None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             f"length 2, not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not "
                            f"'{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not "
                            f"'{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, "
                                f"not '{type(args).__name__}'")
    hasargs = getnewargs_ex is not None or args != ()
    getstate = _getstate_method(obj)
    if getstate is not None:
        state = getstate()
    else:
        state = _default_state(obj, not hasargs and not isinstance(obj, (list, dict)))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if not kwargs:
        return __newobj__, (cls,) + tuple(args), state, listitems, dictitems
    return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems


# A registry of extension codes.  This is an ad-hoc compression
# mechanism.  Whenever a global reference to <module>, <name> is about
# to be pickled, the (<module>, <name>) tuple is looked up here to see
# if it is a registered extension code for it.

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object
# Don't ever rebind those names:  pickling grabs a reference to them when
# it's initialized, and won't see a rebinding.


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
        _inverted_registry.get(code) == key):
        return  # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
        _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
