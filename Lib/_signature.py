"""inspect.signature(), Parameter and Signature for Python functions.

Reads the function's code (`co_argcount`, `co_posonlyargcount`,
`co_kwonlyargcount`, `co_varnames`, `co_flags`), `__defaults__`,
`__kwdefaults__` and `__annotations__`; handles bound methods (first
parameter dropped), classes (their `__init__`), functools.partial and
`__wrapped__` chains. Builtins with a CPython `__text_signature__` get
theirs (parsed by _text_signature); the others raise ValueError as in
CPython. str() output matches CPython's.
"""

import functools
import _text_signature
from collections import OrderedDict as _OrderedDict

_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8


import itertools


_mappingproxy = type(type.__dict__)


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


def _strip_typing_prefix(text):
    """Drop 'typing.' from the front of each dotted name in *text*."""
    out = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and (text[j].isalnum() or text[j] in '_.'):
            j += 1
        if j > i:
            word = text[i:j]
            out.append(word[7:] if word.startswith('typing.') else word)
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


_GenericAlias = type(list[int])


def formatannotation(annotation, base_module=None):
    """How CPython shows an annotation inside a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
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
        if not isinstance(kind, _ParameterKind):
            kinds = (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD)
            for known in kinds:
                if type(kind) is int and known.value == kind:
                    kind = known
                    break
        if not isinstance(kind, _ParameterKind):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (VAR_POSITIONAL, VAR_KEYWORD):
            msg = '{} parameters cannot have default values'
            msg = msg.format(kind.description)
            raise ValueError(msg)
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            # Implicit parameters of comprehensions and generator expressions.
            if kind != POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as '
                       'positional or keyword arguments, not {}')
                msg = msg.format(kind.description)
                raise ValueError(msg)
            kind = POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
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
        return hash((self.name, self.kind, self.annotation, self.default))


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top_kind = POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before {} parameter'
                               .format(top_kind.description, kind.description))
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = _mappingproxy(params)
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=_ParameterKind):
        """A copy with the given fields changed."""
        return type(self)(list(self.parameters.values()) if parameters is None else parameters,
                         return_annotation=self.return_annotation
                         if return_annotation is _ParameterKind else return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        """The signature of a callable (inspect.signature)."""
        return signature(obj, follow_wrapped=follow_wrapped)

    _bound_arguments_cls = None  # BoundArguments, set below

    def _bind(self, args, kwargs, *, partial=False):
        """Private method. Don't use directly."""

        arguments = {}

        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)

        while True:
            # Let's iterate through the positional arguments and corresponding
            # parameters
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # No more positional arguments
                try:
                    param = next(parameters)
                except StopIteration:
                    # No more parameters. That's it. Just need to check that
                    # we have no `kwargs` after this while loop
                    break
                else:
                    if param.kind == VAR_POSITIONAL:
                        # That's OK, just empty *args.  Let's start parsing
                        # kwargs
                        break
                    elif param.name in kwargs:
                        if param.kind == POSITIONAL_ONLY:
                            msg = '{arg!r} parameter is positional only, ' \
                                  'but was passed as a keyword'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == VAR_KEYWORD or
                                                param.default is not _empty):
                        # That's fine too - we have a default value for this
                        # parameter.  So, lets start parsing `kwargs`, starting
                        # with the current parameter
                        parameters_ex = (param,)
                        break
                    else:
                        # No default, not VAR_KEYWORD, not VAR_POSITIONAL,
                        # not in `kwargs`
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
            else:
                # We have a positional argument to process
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                        # Looks like we have no parameter for this positional
                        # argument
                        raise TypeError(
                            'too many positional arguments') from None

                    if param.kind == VAR_POSITIONAL:
                        # We have an '*args'-like argument, let's fill it with
                        # all positional arguments we have left and move on to
                        # the next phase
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break

                    if param.name in kwargs and param.kind != POSITIONAL_ONLY:
                        raise TypeError(
                            'multiple values for argument {arg!r}'.format(
                                arg=param.name)) from None

                    arguments[param.name] = arg_val

        # Now, we iterate through the remaining parameters to process
        # keyword arguments
        kwargs_param = None
        for param in itertools.chain(parameters_ex, parameters):
            if param.kind == VAR_KEYWORD:
                # Memorize that we have a '**kwargs'-like parameter
                kwargs_param = param
                continue

            if param.kind == VAR_POSITIONAL:
                # Named arguments don't refer to '*args'-like parameters.
                # We only arrive here if the positional arguments ended
                # before reaching the last parameter before *args.
                continue

            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                # We have no value for this parameter.  It's fine though,
                # if it has a default value, or it is an '*args'-like
                # parameter, left alone by the processing of positional
                # arguments.
                if (not partial and param.kind != VAR_POSITIONAL and
                                                    param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'. \
                                    format(arg=param_name)) from None

            else:
                if param.kind == POSITIONAL_ONLY:
                    # This should never happen in case of a properly built
                    # Signature object (but let's have this check here
                    # to ensure correct behaviour just in case)
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'. \
                                    format(arg=param.name))

                arguments[param_name] = arg_val

        if kwargs:
            if kwargs_param is not None:
                # Process our '**kwargs'-like parameter
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(
                    'got an unexpected keyword argument {arg!r}'.format(
                        arg=next(iter(kwargs))))

        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed `args`
        and `kwargs` to the function's signature.  Raises `TypeError`
        if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object, that partially maps the
        passed `args` and `kwargs` to the function's signature.
        Raises `TypeError` if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs, partial=True)

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

    def _hash_basis(self):
        # Keyword-only parameters compare regardless of their order.
        params = tuple(p for p in self.parameters.values() if p.kind is not KEYWORD_ONLY)
        kwo_params = {p.name: p for p in self.parameters.values() if p.kind is KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwo_params.values()), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()


# BoundArguments, Signature._bind/bind/bind_partial: CPython 3.11's (PSF license).
class BoundArguments:
    """Result of `Signature.bind` call.  Holds the mapping of arguments
    to the function's parameters.

    Has the following public attributes:

    * arguments : dict
        An ordered mutable mapping of parameters' names to arguments' values.
        Does not contain arguments' default values.
    * signature : Signature
        The Signature object that created this instance.
    * args : tuple
        Tuple of positional arguments values.
    * kwargs : dict
        Dict of keyword arguments values.
    """

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                break

            try:
                arg = self.arguments[param_name]
            except KeyError:
                # We're done here. Other arguments
                # will be mapped in 'BoundArguments.kwargs'
                break
            else:
                if param.kind == VAR_POSITIONAL:
                    # *args
                    args.extend(arg)
                else:
                    # plain argument
                    args.append(arg)

        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                    kwargs_started = True
                else:
                    if param_name not in self.arguments:
                        kwargs_started = True
                        continue

            if not kwargs_started:
                continue

            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == VAR_KEYWORD:
                    # **kwargs
                    kwargs.update(arg)
                else:
                    # plain keyword argument
                    kwargs[param_name] = arg

        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments.

        For variable-positional arguments (*args) the default is an
        empty tuple.

        For variable-keyword arguments (**kwargs) the default is an
        empty dict.
        """
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is VAR_POSITIONAL:
                    val = ()
                elif param.kind is VAR_KEYWORD:
                    val = {}
                else:
                    # This BoundArguments was likely produced by
                    # Signature.bind_partial().
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


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
        while (hasattr(obj, '__wrapped__') and not isinstance(obj, type)
               and not hasattr(obj, '__signature__')):
            obj = obj.__wrapped__
        if isinstance(obj, method_type):
            return signature(obj, follow_wrapped=follow_wrapped)
    if '__dataclass_init_spec__' in getattr(obj, '__dict__', ()):
        # a dataclass __init__ made before this module was loaded
        import dataclasses
        return dataclasses._signature_from_spec(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isinstance(obj, func_type):
        return _from_function(obj)
    if isinstance(obj, functools.partial):
        return _from_partial(signature(obj.func), obj)
    if isinstance(obj, type):
        return _from_class(obj)
    if isinstance(obj, (_builtin_type, _descriptor_type)):
        text = obj.__text_signature__
        if text is None:
            raise ValueError('no signature found for builtin {!r}'.format(obj))
        bound = getattr(obj, '__self__', None) is not None
        return _from_text(obj, text, bound)
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, func_type):
        return _drop_first(_from_function(call))
    raise ValueError('no signature found for builtin {!r}'.format(obj))


_builtin_type = type(len)
_descriptor_type = type(str.split)
_slot_wrapper_type = type(type.__call__)  # CPython's wrapper_descriptor


def _user_defined(cls, name):
    """cls.name when it is a Python function (CPython's
    _signature_get_user_defined_method): builtin slots do not count."""
    meth = getattr(cls, name, None)
    if meth is None or isinstance(meth, (_builtin_type, _descriptor_type, _slot_wrapper_type)):
        return None
    if isinstance(meth, type(_Sample()._method)) or isinstance(meth, type(_sample_function)):
        return meth
    if callable(meth) and not isinstance(meth, type):
        return meth
    return None


def _from_class(cls):
    call = _user_defined(type(cls), '__call__')
    if call is not None:
        return _drop_first(signature(call))
    new = _user_defined(cls, '__new__')
    init = _user_defined(cls, '__init__')
    if '__new__' in cls.__dict__ and new is not None:
        factory = new
    elif '__init__' in cls.__dict__ and init is not None:
        factory = init
    else:
        factory = new if new is not None else init
    if factory is not None:
        sig = signature(factory)
        if not isinstance(factory, type(_Sample()._method)):
            sig = _drop_first(sig)
        return sig
    for base in cls.__mro__[:-1]:
        text = base.__text_signature__
        if text:
            return _from_text(base, text, False)
    if type not in cls.__mro__ and cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return Signature([])
    raise ValueError('no signature found for builtin type {!r}'.format(cls))


def _from_text(obj, text, bound):
    try:
        parsed = _text_signature.parse(text)
    except (ValueError, IndexError):
        raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
    if parsed and parsed[0][0].startswith('$'):
        name, kind, default = parsed[0]
        if bound or name in ('$module', '$type'):
            parsed = parsed[1:]
        else:
            parsed[0] = (name[1:], kind, default)
    kinds = {'POSITIONAL_ONLY': POSITIONAL_ONLY, 'POSITIONAL_OR_KEYWORD': POSITIONAL_OR_KEYWORD,
             'VAR_POSITIONAL': VAR_POSITIONAL, 'KEYWORD_ONLY': KEYWORD_ONLY, 'VAR_KEYWORD': VAR_KEYWORD}
    params = []
    for name, kind, default in parsed:
        params.append(Parameter(name, kinds[kind],
                                default=_empty if default is _text_signature.NO_DEFAULT else default))
    return Signature(params)


def _sample_function():
    pass


class _Sample:
    def _method(self):
        pass

