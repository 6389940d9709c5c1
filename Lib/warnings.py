"""Python part of the warnings subsystem (CPython 3.11's warnings module).

warn() finds the caller's module and line through sys._getframe when the VM
offers it (else it reports the __main__ module, line 1), applies the filters
and writes `file:line: Category: message` to sys.stderr through
showwarning, which catch_warnings(record=True) replaces.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings']


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = getattr(sys, 'stderr', None)
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        line = line.strip()
        s += '  %s\n' % line
    if msg.source is not None:
        # No tracemalloc here: CPython's hint when it is not tracing.
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


def _source_line(filename, lineno):
    """The program's source line (linecache's job in CPython), or None."""
    if isinstance(filename, str) and filename.startswith('<cpython>/'):
        import _asyncio_sites
        return _asyncio_sites.source_line(filename, lineno)
    try:
        import _interleave_tb
    except ImportError:
        try:
            import linecache
        except ImportError:
            return None
        return linecache.getline(filename, lineno) or None
    getter = getattr(_interleave_tb, 'source_line', None)
    return getter(filename, lineno) if getter is not None else None


_unawaited_registries = {}


def _warn_unawaited_coroutine(qualname, filename, lineno):
    """RuntimeWarning for a coroutine released without being awaited,
    issued by the runtime at the next instruction after the release, as
    CPython's _warn_unawaited_coroutine (so filters, catch_warnings and
    showwarning apply). `filename`/`lineno` are where it was released."""
    main = sys.modules.get('__main__')
    if main is not None and getattr(main, '__file__', None) == filename:
        module = '__main__'
    else:
        module = None
    registry = _unawaited_registries.setdefault(filename, {})
    warn_explicit(f"coroutine '{qualname}' was never awaited", RuntimeWarning,
                  filename, lineno, module, registry, source=qualname)


class _UnawaitedCoroutineWarning:
    """A pending never-awaited warning; the runtime calls _target_died()
    at the next instruction boundary (its queue of deferred calls)."""

    def __init__(self, qualname, filename, lineno):
        self.qualname = qualname
        self.filename = filename
        self.lineno = lineno

    def _target_died(self):
        _warn_unawaited_coroutine(self.qualname, self.filename, self.lineno)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in {'error', 'ignore', 'always', 'default', 'module', 'once'}:
        raise AssertionError(f'invalid action: {action!r}')
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    if message or module:
        import re
    if message:
        message = re.compile(message, re.I)
    else:
        message = None
    if module:
        module = re.compile(module)
    else:
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in {'error', 'ignore', 'always', 'default', 'module', 'once'}:
        raise AssertionError(f'invalid action: {action!r}')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _getcategory(category):
    if not category:
        return Warning
    import builtins
    cat = getattr(builtins, category, None)
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


def _caller(stacklevel):
    """(globals, filename or None, lineno) of the frame `stacklevel` levels
    up from warn(), counting the frames CPython's asyncio would have where
    ours differs (Lib/_asyncio_sites.py; filename is None for a frame of
    ours: warn() takes it from the globals)."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        main = sys.modules.get('__main__') if hasattr(sys, 'modules') else None
        return (vars(main) if main is not None else {'__name__': '__main__'}), None, 1
    try:
        start = getframe(2)  # warn()'s caller
    except ValueError:
        return {'__name__': 'sys'}, None, 1
    try:
        import _asyncio_sites
    except ImportError:
        _asyncio_sites = None
    if _asyncio_sites is None or stacklevel <= 2:
        try:
            frame = getframe(stacklevel)
        except ValueError:
            return {'__name__': 'sys'}, None, 1
        return frame.f_globals, None, frame.f_lineno
    stack = _asyncio_sites.frames(start)
    shown = _asyncio_sites.faced([e[:2] for e in stack])
    n = stacklevel - 2
    if n >= len(shown):
        return {'__name__': 'sys'}, None, 1
    index, (filename, lineno) = shown[-1 - n]
    frame = stack[index][3]
    if filename.startswith(_asyncio_sites.PREFIX):
        name = 'asyncio.' + filename[len(_asyncio_sites.PREFIX):].rpartition('.')[0]
        module = sys.modules.get(name)
        return (vars(module) if module is not None else {'__name__': name}), filename, lineno
    return frame.f_globals, None, frame.f_lineno


def _index(value):
    """operator.index(value), with its TypeError for a non-integer."""
    if type(value) is int:
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    stacklevel = _index(stacklevel)  # a C Py_ssize_t argument in CPython
    globals, filename, lineno = _caller(stacklevel + 1)
    module = globals.get('__name__', '<string>')
    filename = filename or globals.get('__file__') or (
        'sys' if module == 'sys' else '<string>')
    registry = globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def _matched(pattern, text):
    # A default filter holds a plain string, compared exactly (as CPython's
    # C filters are); filterwarnings() stores compiled patterns.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matched(msg, text) and
                issubclass(category, cat) and
                _matched(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError(
            'Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None and hasattr(sys, 'modules') else module
        if self._module is None:
            self._module = _this_module()
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _this_module():
    import warnings
    return warnings


_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


filters = []
defaultaction = 'default'
onceregistry = {}

import builtins as _builtins
for _name in ('DeprecationWarning', 'PendingDeprecationWarning', 'ImportWarning',
              'ResourceWarning'):
    _category = getattr(_builtins, _name, None)
    if _category is not None:
        simplefilter('ignore', category=_category, append=True)
del _builtins, _name, _category
filters.insert(0, ('default', None, DeprecationWarning, '__main__', 0))


# Functions CPython implements in C: their repr is <built-in function NAME>
# (read by the runtime's repr).
__builtin_function_names__ = ('warn', 'warn_explicit')
