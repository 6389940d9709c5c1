"""Get information about live objects, Interleave's inspect (the subset
asyncio programs use: the is* predicates, generator/coroutine states,
unwrap, getdoc/cleandoc, getmembers, signature() in _signature.py).

VM contract (what these functions read):
- functions: `__code__.co_flags` with CPython's bits (CO_GENERATOR 0x20,
  CO_COROUTINE 0x80, CO_ITERABLE_COROUTINE 0x100, CO_ASYNC_GENERATOR 0x200);
  bound methods: `__func__`;
- generators: `gi_running`, `gi_suspended`, `gi_frame` (None once finished),
  `gi_code`; coroutines: `cr_running`, `cr_suspended`, `cr_frame`, `cr_code`;
  async generators: `ag_running`, `ag_frame`, `ag_code`;
- frames (only for get*locals): `f_locals`.
"""

import sys
import types
import functools
from collections.abc import Awaitable as _Awaitable

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def _is_bound_builtin(object):
    # A builtin bound to a class (object.__init_subclass__ on C) is a bound
    # method here but a builtin_function_or_method in CPython.
    return (isinstance(object, types.MethodType) and
            isinstance(object.__func__, types.BuiltinFunctionType))


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType) and not _is_bound_builtin(object)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType) or _is_bound_builtin(object)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isframe(object):
    """Return true if the object is a frame object."""
    frame_type = getattr(types, 'FrameType', None)
    return frame_type is not None and isinstance(object, frame_type)


def istraceback(object):
    """Return true if the object is a traceback."""
    tb_type = getattr(types, 'TracebackType', None)
    return tb_type is not None and isinstance(object, tb_type)


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if type(object) is type(str.join):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    return bool(getattr(object, '__abstractmethods__', False))


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f)
    if not isfunction(f):
        return flag == CO_COROUTINE and _is_native_coroutine_function(f)
    return bool(f.__code__.co_flags & flag)


def _is_native_coroutine_function(f):
    # asyncio's async defs that Interleave runs natively (sleep, Queue.get,
    # Lock.acquire, ...) are builtins: the asyncio core knows them. CPython
    # has no such module, and its versions are functions.
    native = sys.modules.get('_interleave_asyncio')
    return native is not None and native.is_coroutine_function(f)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and
            bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            isinstance(object, _Awaitable))


def getgeneratorstate(generator):
    """Get current state of a generator-iterator: GEN_CREATED, GEN_RUNNING,
    GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object: CORO_CREATED, CORO_RUNNING,
    CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        # asyncio's native coroutines (sleep, Queue.get...) have no frame.
        if getattr(coroutine, '_interleave_closed', True) is False:
            return CORO_CREATED
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinelocals(coroutine):
    """Get the mapping of coroutine local variables to their current values."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


def unwrap(func, *, stop=None):
    """Get the object wrapped by *func* (following the __wrapped__ chain)."""
    f = func
    seen = {id(f)}
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        seen.add(id(func))
    return func


def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """Get the documentation string for an object, cleaned up; an object
    without one inherits it from the class hierarchy (_finddoc)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _findclass(func):
    """The class a function was defined in, found through its __qualname__."""
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    """The first docstring of obj's counterpart along its class's MRO
    (object's own excluded for classes), or None."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            try:
                doc = base.__doc__
            except AttributeError:
                continue
            if doc is not None:
                return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if (isclass(owner) and
                getattr(getattr(owner, name, None), '__func__') is obj.__func__):
            cls = owner            # a classmethod
        else:
            cls = owner.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if (isclass(owner) and
                owner.__qualname__ + '.' + name == obj.__qualname__):
            cls = owner            # a classmethod
        else:
            cls = owner.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def currentframe():
    """The caller's frame object."""
    import sys
    return sys._getframe(1)


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index), with names."""

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, '
                'code_context=%r, index=%r)' % tuple(self))


def _frame_info(frame, context=1):
    code = frame.f_code
    lines, index = _context(code.co_filename, frame.f_lineno, context)
    return FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name, lines, index)


class Traceback(tuple):
    """(filename, lineno, function, code_context, index), with names
    (what getframeinfo returns)."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (filename, lineno, function, code_context, index))
        self.positions = positions
        return self

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self.positions))


def _context(filename, lineno, context):
    if context is None or context <= 0:
        return None, None
    from _inspect_source import _line
    start = max(1, lineno - context // 2)
    lines = []
    for n in range(start, start + context):
        line = _line(filename, n)
        if line is None:
            break
        lines.append(line if line.endswith('\n') else line + '\n')
    if not lines:
        return None, None
    return lines, lineno - start


def getlineno(frame):
    """The frame's current line number."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """A Traceback record (filename, lineno, function, code_context,
    index) for a frame or a traceback object."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
        if frame is None:
            raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    elif not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines, index = _context(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    code = frame.f_code
    names = list(code.co_varnames)
    nargs = code.co_argcount + code.co_kwonlyargcount
    args = names[:nargs]
    varargs = None
    if code.co_flags & 0x04:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if code.co_flags & 0x08:
        varkw = names[nargs]
    return ArgInfo(args, varargs, varkw, frame.f_locals)


class ArgInfo(tuple):
    """(args, varargs, keywords, locals), with names."""

    def __new__(cls, args, varargs, keywords, locals):
        return tuple.__new__(cls, (args, varargs, keywords, locals))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    keywords = property(lambda self: self[2])
    locals = property(lambda self: self[3])

    def __repr__(self):
        return 'ArgInfo(args=%r, varargs=%r, keywords=%r, locals=%r)' % tuple(self)


class ClosureVars(tuple):
    """(nonlocals, globals, builtins, unbound), with names."""

    def __new__(cls, nonlocals, globals, builtins, unbound):
        return tuple.__new__(cls, (nonlocals, globals, builtins, unbound))

    nonlocals = property(lambda self: self[0])
    globals = property(lambda self: self[1])
    builtins = property(lambda self: self[2])
    unbound = property(lambda self: self[3])

    def __repr__(self):
        return ('ClosureVars(nonlocals=%r, globals=%r, builtins=%r, unbound=%r)'
                % tuple(self))


def getclosurevars(func):
    """The names a function's closure cells hold (nonlocals); globals,
    builtins and unbound names are not analysed here (no code names)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    nonlocals = {}
    cells = func.__closure__ or ()
    freevars = getattr(func.__code__, 'co_freevars', ())
    for name, cell in zip(freevars, cells):
        try:
            nonlocals[name] = cell.cell_contents
        except ValueError:
            pass
    return ClosureVars(nonlocals, {}, {}, set())


def getmodulename(path):
    """The module name for a file path, or None."""
    import os.path
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getabsfile(object, _filename=None):
    import os.path
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def indentsize(line):
    """The number of spaces of indentation (tabs expanded)."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


TPFLAGS_IS_ABSTRACT = 1 << 20


def _is_comment(line):
    return line.lstrip().startswith('#')


def _trim_bare_hashes(comments):
    """Drops lines holding only '#' at both ends of a comment block."""
    first, last = 0, len(comments)
    while first < last and comments[first].strip() == '#':
        first += 1
    while last > first and comments[last - 1].strip() == '#':
        last -= 1
    return comments[first:last]


def getcomments(object):
    """The comment lines just above an object's source (for a module, the
    comment block at the top of the file), or None."""
    from _inspect_source import findsource
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        i = 1 if lines and lines[0].startswith('#!') else 0
        while i < len(lines) and lines[i].strip() in ('', '#'):
            i += 1
        block = []
        while i < len(lines) and lines[i].startswith('#'):
            block.append(lines[i].expandtabs())
            i += 1
        return ''.join(block) if block else None
    if lnum <= 0:
        return None
    indent = indentsize(lines[lnum])
    block = []
    i = lnum - 1
    while i >= 0 and _is_comment(lines[i]) and indentsize(lines[i]) == indent:
        block.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    if not block:
        return None
    return ''.join(_trim_bare_hashes(block))


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and each frame above it."""
    records = []
    while frame is not None:
        records.append(_frame_info(frame, context))
        frame = frame.f_back
    return records


def stack(context=1):
    """FrameInfo records for the caller's frame and every frame above it."""
    import sys
    return getouterframes(sys._getframe(1), context)


from _signature import signature, Signature, Parameter, BoundArguments, formatannotation


# The signature classes print as CPython's, which defines them in inspect.
for _cls in (Signature, Parameter, BoundArguments, Parameter.empty):
    _cls.__module__ = 'inspect'
del _cls


def getmro(cls):
    """The class's method resolution order, as a tuple."""
    return cls.__mro__


class FullArgSpec(tuple):
    """getfullargspec()'s named tuple."""

    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs',
               'kwonlydefaults', 'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs,
                                   kwonlydefaults, annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return 'FullArgSpec(' + ', '.join(
            f'{name}={value!r}' for name, value in zip(self._fields, self)) + ')'


def getfullargspec(func):
    """The names and defaults of a callable's parameters (a bound method
    keeps its first parameter, as in CPython)."""
    target = getattr(func, '__func__', func) if ismethod(func) else func
    try:
        sig = signature(target, follow_wrapped=False)
    except (TypeError, ValueError) as e:
        raise TypeError('unsupported callable') from e
    args, kwonlyargs, defaults = [], [], []
    varargs = varkw = None
    kwdefaults, annotations = {}, {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults.append(param.default)
        elif kind == Parameter.VAR_POSITIONAL:
            varargs = name
        elif kind == Parameter.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs,
                       kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to the values a call would bind
    (a bound method's first parameter maps to its instance)."""
    if ismethod(func):
        func, positional = func.__func__, (func.__self__,) + positional
    sig = signature(func)
    bound = sig.bind(*positional, **named)
    bound.apply_defaults()
    values = bound.arguments
    params = list(sig.parameters.values())
    positional_params = [p.name for p in params
                         if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD)]
    # CPython's order: positionally bound, *args, **kwargs, keywords as
    # given, then defaults in parameter order.
    order = positional_params[:len(positional)]
    order += [p.name for p in params
              if p.kind in (Parameter.VAR_POSITIONAL, Parameter.VAR_KEYWORD)]
    order += [name for name in named if name in sig.parameters and name not in order]
    order += [p.name for p in params if p.name not in order]
    return {name: values[name] for name in order if name in values}


_NO_DEFAULT = object()


def getattr_static(obj, attr, default=_NO_DEFAULT):
    """Look an attribute up without running descriptors or __getattr__."""
    dicts = []
    if isinstance(obj, type):
        klass = obj
    else:
        try:
            dicts.append(object.__getattribute__(obj, '__dict__'))
        except AttributeError:
            pass
        klass = type(obj)
    for cls in klass.__mro__:
        dicts.append(cls.__dict__)
    for d in dicts:
        if attr in d:
            return d[attr]
    if default is not _NO_DEFAULT:
        return default
    raise AttributeError(attr)
from _inspect_source import getfile, getsourcefile, getsourcelines, getsource, getmodule, getblock, findsource


def ismethoddescriptor(object):
    """True for method descriptors (str.join): a __get__ without __set__,
    and not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if type(object) is type(str.join):
        return True
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def ismemberdescriptor(object):
    """True for __slots__ member descriptors (this runtime has none)."""
    return False


def isgetsetdescriptor(object):
    """True for C getset descriptors (this runtime has none)."""
    return False


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (class, module or callable)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str:
        return dict(ann)
    # Each string is evaluated once, as CPython does (a quoted string inside
    # a string stays a string); other values are kept as they are.
    obj_globals = obj_locals = None
    unwrap = None
    if isinstance(obj, type):
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap = obj
    elif isinstance(obj, types.ModuleType):
        obj_globals = getattr(obj, '__dict__', None)
    else:
        obj_globals = getattr(obj, '__globals__', None)
        unwrap = obj
    if unwrap is not None:
        while True:
            if hasattr(unwrap, '__wrapped__'):
                unwrap = unwrap.__wrapped__
                continue
            if isinstance(unwrap, functools.partial):
                unwrap = unwrap.func
                continue
            break
        if hasattr(unwrap, '__globals__'):
            obj_globals = unwrap.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def getmembers_static(object, predicate=None):
    """getmembers() without triggering descriptors: attributes as stored."""
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr_static(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results
