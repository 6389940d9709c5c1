"""How asyncio's reprs show callbacks and values (CPython's format_helpers
plus the subset of reprlib they rely on: long values are abbreviated)."""

_FILL = '...'
_MAX_STRING = 30
_MAX_OTHER = 30
_MAX_LONG = 40
_MAX_ITEMS = 6
_MAX_DICT = 4
_MAX_LEVEL = 6


def _abbreviate(text, limit):
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + _FILL + text[len(text) - tail:]


def _possibly_sorted(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _repr_items(items, count, level, left, right, trail=''):
    if level <= 0 and count:
        body = _FILL
    else:
        pieces = []
        for item in items:
            if len(pieces) == _MAX_ITEMS:
                pieces.append(_FILL)
                break
            pieces.append(_short(item, level - 1))
        body = ', '.join(pieces)
        if count == 1 and trail:
            right = trail + right
    return left + body + right


def _short(value, level):
    kind = type(value).__name__
    if kind == 'str':
        text = repr(value[:_MAX_STRING])
        if len(text) > _MAX_STRING:
            head = max(0, (_MAX_STRING - 3) // 2)
            tail = max(0, _MAX_STRING - 3 - head)
            text = repr(value[:head] + value[len(value) - tail:])
            text = text[:head] + _FILL + text[len(text) - tail:]
        return text
    if kind == 'int':
        return _abbreviate(repr(value), _MAX_LONG)
    if kind == 'list':
        return _repr_items(value, len(value), level, '[', ']')
    if kind == 'tuple':
        return _repr_items(value, len(value), level, '(', ')', ',')
    if kind == 'deque':
        return _repr_items(value, len(value), level, 'deque([', '])')
    if kind == 'set':
        if not value:
            return 'set()'
        return _repr_items(_possibly_sorted(value), len(value), level,
                           '{', '}')
    if kind == 'frozenset':
        if not value:
            return 'frozenset()'
        return _repr_items(_possibly_sorted(value), len(value), level,
                           'frozenset({', '})')
    if kind == 'dict':
        if not value:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _possibly_sorted(value):
            if len(pieces) == _MAX_DICT:
                pieces.append(_FILL)
                break
            pieces.append(_short(key, level - 1) + ': ' +
                          _short(value[key], level - 1))
        return '{' + ', '.join(pieces) + '}'
    try:
        text = repr(value)
    except Exception:
        return f'<{type(value).__name__} instance at {id(value):#x}>'
    return _abbreviate(text, _MAX_OTHER)


def short_repr(value):
    """repr() abbreviated the way reprlib.repr does it."""
    return _short(value, _MAX_LEVEL)


def callback_name(callback):
    """The qualified name of a callable, for reprs and trace events."""
    name = getattr(callback, '__qualname__', None)
    if not name:
        name = getattr(callback, '__name__', None)
    if not name:
        name = repr(callback)
    return name


def _is_partial(callback):
    # functools.partial without importing functools (asyncio does not).
    return (type(callback).__name__ == 'partial'
            and type(callback).__module__ == 'functools'
            and hasattr(callback, 'func'))


def _function_source(callback):
    # Plain Python functions show where they are defined; methods and
    # builtins do not (as inspect.isfunction decides in CPython); a
    # partial shows its function's.
    while _is_partial(callback):
        callback = callback.func
    if getattr(callback, '__self__', None) is not None:
        return None
    code = getattr(callback, '__code__', None)
    filename = getattr(code, 'co_filename', None)
    if filename is None:
        return None
    return f'{filename}:{getattr(code, "co_firstlineno", 0)}'


def _format_arguments(args, kwargs):
    items = [short_repr(arg) for arg in args] if args else []
    if kwargs:
        items.extend(f'{k}={short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_call(callback, args, kwargs, suffix=''):
    # A partial shows its function, its own arguments, then the call's.
    if _is_partial(callback):
        suffix = _format_arguments(args, kwargs) + suffix
        return _format_call(callback.func, callback.args, callback.keywords, suffix)
    return callback_name(callback) + _format_arguments(args, kwargs) + suffix


def _unwrap_context(callback):
    # contextvars runs callbacks through a wrapper carrying their context
    # (Lib/contextvars.py); CPython keeps the context in the handle.
    while type(callback).__name__ == '_InContext' and hasattr(callback, '_callback'):
        callback = callback._callback
    return callback


def format_callback(callback, args):
    """`name(arg, ...) at FILE:LINE` as CPython's reprs show a callback."""
    callback = _unwrap_context(callback)
    text = _format_call(callback, args, None)
    source = _function_source(callback)
    if source is not None:
        text += ' at ' + source
    return text
