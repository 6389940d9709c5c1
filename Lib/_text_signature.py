"""Parsing of `__text_signature__` strings, as CPython's inspect does for
builtins: "($module, obj, /)", "($self, /, sep=None, maxsplit=-1)",
"(iterable=(), /)". Defaults are the literals CPython's builtins use
(None, True, False, numbers, strings, bytes, (), sys.maxsize).

parse(text) returns a list of (name, kind, default) where kind is one of
'POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
'KEYWORD_ONLY', 'VAR_KEYWORD' and default is NO_DEFAULT when absent; the
first parameter keeps its '$' prefix so the caller can drop it. A text it
cannot read raises ValueError.
"""

import sys

NO_DEFAULT = object()

_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0'}


def _split_top_level(body):
    """Splits on commas outside quotes and brackets."""
    parts = []
    depth = 0
    quote = None
    current = []
    i = 0
    while i < len(body):
        ch = body[i]
        if quote:
            current.append(ch)
            if ch == '\\' and i + 1 < len(body):
                current.append(body[i + 1])
                i += 1
            elif ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
            current.append(ch)
        elif ch in '([{':
            depth += 1
            current.append(ch)
        elif ch in ')]}':
            depth -= 1
            current.append(ch)
        elif ch == ',' and depth == 0:
            parts.append(''.join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    last = ''.join(current).strip()
    if last:
        parts.append(last)
    return parts


def _string_literal(text):
    quote = text[0]
    if len(text) < 2 or text[-1] != quote:
        raise ValueError(text)
    out = []
    i = 1
    while i < len(text) - 1:
        ch = text[i]
        if ch == '\\':
            i += 1
            nxt = text[i]
            if nxt == 'x':
                out.append(chr(int(text[i + 1:i + 3], 16)))
                i += 2
            elif nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
            else:
                raise ValueError(text)
        else:
            out.append(ch)
        i += 1
    return ''.join(out)


def literal(text):
    """The value of a default as written in a text signature."""
    named = {'None': None, 'True': True, 'False': False, '()': (), 'sys.maxsize': sys.maxsize}
    if text in named:
        return named[text]
    if text[0] in '\'"':
        return _string_literal(text)
    if text[0] == 'b' and len(text) > 1 and text[1] in '\'"':
        return _string_literal(text[1:]).encode('latin-1')
    try:
        return int(text)
    except ValueError:
        return float(text)


def parse(text):
    text = text.strip()
    if not text.startswith('('):
        raise ValueError(text)
    end = text.rfind(')')
    if end < 0:
        raise ValueError(text)
    params = []
    kind = 'POSITIONAL_OR_KEYWORD'
    for part in _split_top_level(text[1:end]):
        if part == '/':
            params = [(n, 'POSITIONAL_ONLY' if k == 'POSITIONAL_OR_KEYWORD' else k, d) for n, k, d in params]
            continue
        if part == '*':
            kind = 'KEYWORD_ONLY'
            continue
        if part.startswith('**'):
            params.append((part[2:], 'VAR_KEYWORD', NO_DEFAULT))
            continue
        if part.startswith('*'):
            params.append((part[1:], 'VAR_POSITIONAL', NO_DEFAULT))
            kind = 'KEYWORD_ONLY'
            continue
        name, eq, default = part.partition('=')
        params.append((name.strip(), kind, literal(default.strip()) if eq else NO_DEFAULT))
    return params
