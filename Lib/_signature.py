"""inspect.signature(), Parameter and Signature for Python functions.

Reads the function's code (`co_argcount`, `co_posonlyargcount`,
`co_kwonlyargcount`, `co_varnames`, `co_flags`), `__defaults__`,
`__kwdefaults__` and `__annotations__`; handles bound methods (first
parameter dropped), classes (their `__init__`), functools.partial and
`__wrapped__` chains. Builtins have no signature (ValueError), as for most
C functions in CPython. str() output matches CPython's.
"""

import functools

_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {self.value}>'

    def __str__(self):
        return self.name

    def __lt__(self, other):
        return self.value < other.value

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self.value)


POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation):
    """How CPython shows an annotation inside a signature."""
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', '__main__'):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    empty = _empty
    POSITIONAL_ONLY = POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = VAR_POSITIONAL
    KEYWORD_ONLY = KEYWORD_ONLY
    VAR_KEYWORD = VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def replace(self, *, name=None, kind=None, default=_ParameterKind, annotation=_ParameterKind):
        """A copy with the given fields changed."""
        return Parameter(self.name if name is None else name,
                         self.kind if kind is None else kind,
                         default=self.default if default is _ParameterKind else default,
                         annotation=self.annotation if annotation is _ParameterKind else annotation)

    def __str__(self):
        text = self.name
        if self.annotation is not _empty:
            text = f'{text}: {formatannotation(self.annotation)}'
        if self.default is not _empty:
            if self.annotation is not _empty:
                text = f'{text} = {self.default!r}'
            else:
                text = f'{text}={self.default!r}'
        if self.kind is VAR_POSITIONAL:
            text = '*' + text
        elif self.kind is VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self.name == other.name and self.kind is other.kind and
                self.default == other.default and self.annotation == other.annotation)

    def __hash__(self):
        return hash((self.name, self.kind))


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self.parameters = {}
        for p in parameters or ():
            self.parameters[p.name] = p
        self.return_annotation = return_annotation

    def replace(self, *, parameters=None, return_annotation=_ParameterKind):
        """A copy with the given fields changed."""
        return Signature(list(self.parameters.values()) if parameters is None else parameters,
                         return_annotation=self.return_annotation
                         if return_annotation is _ParameterKind else return_annotation)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            kind = param.kind
            if kind is POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind is VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind is KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(str(param))
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self.parameters.values()) == list(other.parameters.values()) and
                self.return_annotation == other.return_annotation)


def _from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = getattr(code, 'co_posonlyargcount', 0)
    kwonly_count = getattr(code, 'co_kwonlyargcount', 0)
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = POSITIONAL_ONLY if i < posonly_count else POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count
    if code.co_flags & _CO_VARARGS:
        name = names[pos_count + kwonly_count]
        params.append(Parameter(name, VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(kwonly_count):
        name = names[index + i]
        params.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & _CO_VARKEYWORDS:
        offset = pos_count + kwonly_count + (1 if code.co_flags & _CO_VARARGS else 0)
        name = names[offset]
        params.append(Parameter(name, VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (VAR_KEYWORD, KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind is VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _from_partial(sig, partial):
    params = list(sig.parameters.values())
    args = partial.args
    keywords = partial.keywords
    result = []
    consumed = 0
    keyword_only_now = False
    for param in params:
        if consumed < len(args) and param.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
            consumed += 1
            continue
        if param.name in keywords and param.kind is not POSITIONAL_ONLY:
            result.append(param.replace(kind=KEYWORD_ONLY, default=keywords[param.name]))
            keyword_only_now = True
            continue
        if keyword_only_now and param.kind is POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=KEYWORD_ONLY)
        result.append(param)
    if consumed < len(args) and not any(p.kind is VAR_POSITIONAL for p in params):
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial))
    return sig.replace(parameters=result)


def signature(obj, *, follow_wrapped=True):
    """Get a Signature object for the passed callable."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    func_type = type(_sample_function)
    method_type = type(_Sample()._method)
    if isinstance(obj, method_type):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and not isinstance(obj, type):
            obj = obj.__wrapped__
    if isinstance(obj, func_type):
        return _from_function(obj)
    if isinstance(obj, functools.partial):
        return _from_partial(signature(obj.func), obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if base is object:
                break
            init = base.__dict__.get('__init__')
            if isinstance(init, func_type):
                return _drop_first(_from_function(init))
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, func_type):
        return _drop_first(_from_function(call))
    raise ValueError('no signature found for builtin {!r}'.format(obj))


def _sample_function():
    pass


class _Sample:
    def _method(self):
        pass
