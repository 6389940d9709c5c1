"""Context Variables (CPython 3.11's contextvars, PEP 567).

A Context maps ContextVars to values. The current context is, in order:
the innermost Context.run() in progress, if entered by the running task's
step (or outside tasks); else the context of the running asyncio task
(each task gets a copy of its creator's context when it is created, or
the context= given to create_task or Task(); a running task's context
counts as entered, so Context.run on it raises); else the run's base
context. Callbacks scheduled with loop.call_soon, call_soon_threadsafe,
call_later and call_at run in a copy of the context current when they
were scheduled (or their context=), as in CPython. The VM's native task
core knows nothing about contexts, so this module installs those rules
on asyncio's event loop class and Task.__init__ when it is imported.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _MissingType(type):
    # CPython's C type is named 'Token.MISSING' with no module.
    def __repr__(cls):
        return "<class 'Token.MISSING'>"


class _Missing(metaclass=_MissingType):
    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Token.MISSING' object")


_MISSING = _Missing()
_NO_DEFAULT = object()


class Context:
    """A mapping of ContextVars to their values (read-only outside run())."""

    __slots__ = ('_data', '_entered', '__weakref__')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._entered = False

    def run(*args, **kwargs):
        """Run callable(*args, **kwargs) in this context."""
        if len(args) < 2:
            if not args:
                raise TypeError("descriptor 'run' of 'Context' object needs an argument")
            raise TypeError('run() missing 1 required positional argument')
        self, callable, *args = args
        # A running task's steps run inside its context, as CPython's do.
        if self._entered or self is _running_task_context():
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._entered = True
        _run_stack.append((self, _running_task()))
        try:
            return callable(*args, **kwargs)
        finally:
            _run_stack.pop()
            self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.Context' object")

    def copy(self):
        """Return a shallow copy of the context object."""
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def get(self, *args):
        """Return the value for var if var has the value in the context object."""
        if not 1 <= len(args) <= 2:
            bound = 'least' if not args else 'most'
            raise TypeError(f'get expected at {bound} {1 if not args else 2} '
                            f'argument{"" if not args else "s"}, got {len(args)}')
        var = args[0]
        default = args[1] if len(args) > 1 else None
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __setitem__(self, var, value):
        raise TypeError("'_contextvars.Context' object does not support item assignment")

    def __delitem__(self, var):
        raise TypeError("'_contextvars.Context' object does not support item deletion")

    __hash__ = None


_base_context = Context()
# The Context.run() calls in progress, innermost last, each with the task
# whose step entered it (None outside tasks).
_run_stack = []
# Each task's context, held no longer than the task itself (as CPython's
# Task holds its context): a plain dict here kept every task alive, so a
# failed task was never reported ("Task exception was never retrieved").
try:
    from weakref import WeakKeyDictionary as _WeakKeyDictionary
    _task_contexts = _WeakKeyDictionary()
except ImportError:
    _task_contexts = {}
_current_task = None


def _running_task():
    """The asyncio task whose step is running, or None."""
    if _current_task is None:
        return None
    try:
        return _current_task()
    except RuntimeError:
        return None


def _running_task_context():
    """The context of the task whose step is running (entered while the
    step runs, as CPython's task steps run in it), or None."""
    task = _running_task()
    return None if task is None else _task_contexts.get(task)


def _current():
    task = _running_task()
    if _run_stack:
        # The innermost Context.run(), unless a task step started since it
        # was entered (a loop run inside Context.run): then the task's.
        ctx, entered_by = _run_stack[-1]
        if entered_by is task:
            return ctx
    if task is not None:
        ctx = _task_contexts.get(task)
        if ctx is None:
            ctx = _task_contexts[task] = _base_context.copy()
        return ctx
    return _base_context


def copy_context(*args):
    """Return a copy of the current Context object."""
    if args:
        raise TypeError(f'_contextvars.copy_context() takes no arguments '
                        f'({len(args)} given)')
    return _current().copy()


def _one_argument(name, args):
    """The single argument of a METH_O method of CPython's C types."""
    if len(args) != 1:
        raise TypeError(f'{name}() takes exactly one argument ({len(args)} given)')
    return args[0]


class ContextVar:
    """A context variable."""

    __slots__ = ('_name', '_default')

    def __init__(self, *args, **kwargs):
        default = _NO_DEFAULT
        for key, value in kwargs.items():
            if key != 'default':
                raise TypeError(f'{key!r} is an invalid keyword argument for ContextVar()')
            default = value
        if len(args) != 1:
            bound = 'exactly' if not args else 'at most'
            raise TypeError(f'ContextVar() takes {bound} 1 positional argument '
                            f'({len(args)} given)')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.ContextVar' object")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        raise AttributeError('readonly attribute')

    def get(self, *args):
        """Return the value for the context variable in the current context,
        else the default given here, else the variable's default, else
        LookupError."""
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Set a new value in the current context; returns a Token."""
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument '
                            f'({len(args)} given)')
        value = args[0]
        ctx = _current()
        data = ctx._data
        old = data.get(self, _MISSING)
        data[self] = value
        return _new_token(ctx, self, old)

    def reset(self, *args):
        """Reset the variable to the value it had before the set() that
        created token."""
        token = _one_argument('ContextVar.reset', args)
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        if token._old_value is _MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)


class Token:
    """The value returned by ContextVar.set(), for ContextVar.reset()."""

    __slots__ = ('_context', '_var', '_old_value', '_used')

    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.Token' object")

    @property
    def var(self):
        return self._var

    @var.setter
    def var(self, value):
        raise AttributeError("attribute 'var' of '_contextvars.Token' objects is not writable")

    @property
    def old_value(self):
        return self._old_value

    @old_value.setter
    def old_value(self, value):
        raise AttributeError("attribute 'old_value' of '_contextvars.Token' objects is not writable")

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


def _new_token(context, var, old_value):
    token = object.__new__(Token)
    token._context = context
    token._var = var
    token._old_value = old_value
    token._used = False
    return token


class _InContext:
    """A loop callback that runs in a given Context; reads like the
    callback it wraps (name, qualname, self, code) in reprs and traces."""

    def __init__(self, context, callback):
        self._context = context
        self._callback = callback
        for attr in ('__name__', '__qualname__', '__self__', '__code__', '__module__'):
            try:
                setattr(self, attr, getattr(callback, attr))
            except AttributeError:
                pass

    def __call__(self, *args):
        ctx = self._context
        if ctx._entered or ctx is _running_task_context():
            return self._callback(*args)
        return ctx.run(self._callback, *args)

    def __repr__(self):
        return repr(self._callback)

    def __eq__(self, other):
        if isinstance(other, _InContext):
            other = other._callback
        return self._callback == other

    def __hash__(self):
        return hash(self._callback)


def _install_asyncio_rules():
    """Make tasks and loop callbacks run in their contexts."""
    global _current_task
    try:
        from asyncio import base_events, futures, tasks
    except ImportError:
        return
    loop_class = base_events.BaseEventLoop
    if getattr(loop_class, '_contextvars_installed', False):
        return
    _current_task = tasks.current_task
    create_task = loop_class.create_task
    call_soon = loop_class.call_soon
    call_soon_threadsafe = loop_class.call_soon_threadsafe
    call_later = loop_class.call_later
    call_at = loop_class.call_at

    def create_task_in_context(self, coro, *, name=None, context=None):
        ctx = copy_context() if context is None else context
        task = create_task(self, coro, name=name, context=context)
        if task not in _task_contexts:
            # The core made the task without calling Task.__init__.
            _task_contexts[task] = ctx
        return task

    task_init = tasks.Task.__init__

    def task_init_in_context(self, coro, *, loop=None, name=None, context=None,
                             _internal=False):
        ctx = copy_context() if context is None else context
        task_init(self, coro, loop=loop, name=name, _internal=_internal)
        _task_contexts[self] = ctx

    def call_soon_in_context(self, callback, *args, context=None):
        ctx = copy_context() if context is None else context
        return call_soon(self, _InContext(ctx, callback), *args)

    def call_soon_threadsafe_in_context(self, callback, *args, context=None):
        ctx = copy_context() if context is None else context
        return call_soon_threadsafe(self, _InContext(ctx, callback), *args)

    def call_later_in_context(self, delay, callback, *args, context=None):
        ctx = copy_context() if context is None else context
        return call_later(self, delay, _InContext(ctx, callback), *args)

    def call_at_in_context(self, when, callback, *args, context=None):
        ctx = copy_context() if context is None else context
        return call_at(self, when, _InContext(ctx, callback), *args)

    for future_class in (futures.Future, tasks.Task):
        add_done_callback = future_class.add_done_callback

        def add_done_callback_in_context(self, fn, *, context=None,
                                         _add=add_done_callback):
            ctx = copy_context() if context is None else context
            return _add(self, _InContext(ctx, fn))
        future_class.add_done_callback = add_done_callback_in_context

    loop_class.create_task = create_task_in_context
    tasks.Task.__init__ = task_init_in_context
    loop_class.call_soon = call_soon_in_context
    loop_class.call_soon_threadsafe = call_soon_threadsafe_in_context
    loop_class.call_later = call_later_in_context
    loop_class.call_at = call_at_in_context
    loop_class._contextvars_installed = True


_install_asyncio_rules()


# CPython's classes come from its C module _contextvars.
# Marked as C types: error messages name them '_contextvars.Context'...
from _c_types import c_type_name as _c_type_name
for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
    _c_type_name(_cls)
del _cls, _c_type_name
_Missing.__name__ = _Missing.__qualname__ = 'Token.MISSING'


# Functions CPython implements in C: their repr is <built-in function NAME>
# (read by the runtime's repr).
__builtin_function_names__ = ('copy_context',)
