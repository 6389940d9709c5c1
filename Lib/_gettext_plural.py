"""gettext's plural-form compiler: c2py turns the C expression of a .mo
file's Plural-Forms header (`n != 1`, `n%10==1 && n%100!=11 ? 0 : ...`)
into a Python function of n, with CPython 3.11's errors."""

import re

_TOKEN = re.compile(r"""
    (?P<WHITESPACES>[ \t]+)
  | (?P<NUMBER>[0-9]+\b)
  | (?P<NAME>n\b)
  | (?P<PARENTHESIS>[()])
  | (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|)
  | (?P<INVALID>\w+|.)
""", re.VERBOSE | re.DOTALL)

# Binding strength of the binary operators (higher binds tighter).
_STRENGTH = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4,
             '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_PYTHON_OP = {'||': 'or', '&&': 'and', '/': '//'}


def _tokens(plural):
    for m in _TOKEN.finditer(plural):
        kind = m.lastgroup
        if kind == 'WHITESPACES':
            continue
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % m.group())
        yield m.group()
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


def _expression(tokens, floor=-1):
    # (Python text, the token after it). Comparisons are parenthesized so
    # Python does not chain them; `?:` only at the top (floor <= 0).
    text = ''
    token = next(tokens)
    while token == '!':
        text += 'not '
        token = next(tokens)
    if token == '(':
        inner, token = _expression(tokens)
        text = '%s(%s)' % (text, inner)
        if token != ')':
            raise ValueError('unbalanced parenthesis in plural form')
    elif token == 'n':
        text += token
    else:
        try:
            text += '%d' % int(token, 10)
        except ValueError:
            raise _unexpected(token) from None
    token = next(tokens)
    previous = 100
    while token in _STRENGTH:
        strength = _STRENGTH[token]
        if strength < floor:
            break
        if strength in (3, 4) and previous in (3, 4):
            text = '(%s)' % text
        right, following = _expression(tokens, strength + 1)
        text = '%s %s %s' % (text, _PYTHON_OP.get(token, token), right)
        token = following
        previous = strength
    if previous == floor == 4:
        text = '(%s)' % text
    if token == '?' and floor <= 0:
        if_true, token = _expression(tokens, 0)
        if token != ':':
            raise _unexpected(token)
        if_false, token = _expression(tokens)
        text = '%s if %s else %s' % (if_true, text, if_false)
        if floor == 0:
            text = '(%s)' % text
    return text, token


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,), DeprecationWarning, 4)
    return n


def c2py(plural):
    """A Python function computing the C plural-form expression `plural`."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, token = _expression(_tokens(plural))
        if token:
            raise _unexpected(token)
        depth = 0
        for char in text:
            if char == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif char == ')':
                depth -= 1
        namespace = {'_as_int': _as_int}
        exec('def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _as_int(n)\n'
             '    return int(%s)\n' % text, namespace)
        return namespace['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')
