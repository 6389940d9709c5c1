"""ElementTree's path language (CPython's ElementPath): find, findall,
findtext and iterfind over child steps, '*', '.', '..', '//', '{ns}'
names and wildcards, and the predicates [@a], [@a='v'], [@a!='v'],
[tag], [tag='text'], [.='text'], [n] and [last()-k]."""

import re

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|"
    r"\s+")
_INTEGER = re.compile(r'\-?\d+$')


def xpath_tokenizer(pattern, namespaces=None):
    """(operator, name) pairs; prefixed names are expanded through
    `namespaces` (and the '' entry is the default namespace of tags)."""
    default = namespaces.get('') if namespaces else None
    after_at = False
    for token in _TOKEN.findall(pattern):
        op, name = token
        if name and name[0] != '{':
            if ':' in name:
                prefix, local = name.split(':', 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map"
                                      % prefix) from None
                yield op, '{%s}%s' % (namespaces[prefix], local)
            elif default and not after_at:
                yield op, '{%s}%s' % (default, name)
            else:
                yield token
            after_at = False
        else:
            yield token
            after_at = op == '@'


class _Context:
    parent_map = None

    def __init__(self, root):
        self.root = root

    def parents(self):
        if self.parent_map is None:
            self.parent_map = {}
            for parent in self.root.iter():
                for child in parent:
                    self.parent_map[child] = parent
        return self.parent_map


def _is_wildcard(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _tag_filter(tag):
    # A filter for the wildcard forms {*}*, {}*, {*}name and {ns}*.
    if tag == '{*}*':
        return lambda e: isinstance(e.tag, str)
    if tag == '{}*':
        return lambda e: isinstance(e.tag, str) and e.tag[:1] != '{'
    if tag[:3] == '{*}':
        suffix = tag[2:]
        name = tag[3:]
        return lambda e: e.tag == name or (isinstance(e.tag, str) and
                                           e.tag[-len(suffix):] == suffix)
    if tag[-2:] == '}*':
        ns = tag[:-1]
        return lambda e: isinstance(e.tag, str) and e.tag[:len(ns)] == ns
    raise RuntimeError(f"internal parser error, got {tag}")


def _child(next_token, token):
    tag = token[1]
    if _is_wildcard(tag):
        keep = _tag_filter(tag)
        return lambda context, result: (e for elem in result for e in elem
                                        if keep(e))
    if tag[:2] == '{}':
        tag = tag[2:]
    return lambda context, result: (e for elem in result for e in elem
                                    if e.tag == tag)


def _star(next_token, token):
    return lambda context, result: (e for elem in result for e in elem)


def _self(next_token, token):
    return lambda context, result: iter(result)


def _descendant(next_token, token):
    try:
        token = next_token()
    except StopIteration:
        return None
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError("invalid descendant")
    if _is_wildcard(tag):
        keep = _tag_filter(tag)
        return lambda context, result: (e for elem in result
                                        for e in elem.iter()
                                        if e is not elem and keep(e))
    if tag[:2] == '{}':
        tag = tag[2:]
    return lambda context, result: (e for elem in result
                                    for e in elem.iter(tag) if e is not elem)


def _parent(next_token, token):
    def select(context, result):
        parents = context.parents()
        seen = {}
        for elem in result:
            if elem in parents:
                parent = parents[elem]
                if parent not in seen:
                    seen[parent] = None
                    yield parent
    return select


def _text_of(elem):
    return ''.join(elem.itertext())


def _predicate(next_token, token):
    signature = []
    parts = []
    while True:
        try:
            token = next_token()
        except StopIteration:
            return None
        if token[0] == ']':
            break
        if token == ('', ''):
            continue
        if token[0] and token[0][:1] in '\'"':
            token = "'", token[0][1:-1]
        signature.append(token[0] or '-')
        parts.append(token[1])
    signature = ''.join(signature)
    if signature == '@-':
        key = parts[1]
        return lambda context, result: (e for e in result
                                        if e.get(key) is not None)
    if signature in ("@-='", "@-!='"):
        key, value = parts[1], parts[-1]
        if '!=' in signature:
            return lambda context, result: (
                e for e in result
                if e.get(key) is not None and e.get(key) != value)
        return lambda context, result: (e for e in result
                                        if e.get(key) == value)
    if signature == '-' and not _INTEGER.match(parts[0]):
        tag = parts[0]
        return lambda context, result: (e for e in result
                                        if e.find(tag) is not None)
    if signature in (".='", ".!='") or (
            signature in ("-='", "-!='") and not _INTEGER.match(parts[0])):
        return _text_predicate(parts[0], parts[-1], '!=' in signature)
    if signature in ('-', '-()', '-()-'):
        return _position_predicate(signature, parts)
    raise SyntaxError("invalid predicate")


def _text_predicate(tag, value, negated):
    if tag:
        def select(context, result):
            for elem in result:
                for e in elem.iterfind(tag):
                    if (_text_of(e) != value) if negated else (_text_of(e) == value):
                        yield elem
                        break
        return select
    if negated:
        return lambda context, result: (e for e in result
                                        if _text_of(e) != value)
    return lambda context, result: (e for e in result
                                    if _text_of(e) == value)


def _position_predicate(signature, parts):
    if signature == '-':
        index = int(parts[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
    else:
        if parts[0] != 'last':
            raise SyntaxError("unsupported function")
        if signature == '-()-':
            try:
                index = int(parts[2]) - 1
            except ValueError:
                raise SyntaxError("unsupported expression")
            if index > -2:
                raise SyntaxError("XPath offset from last() must be negative")
        else:
            index = -1

    def select(context, result):
        parents = context.parents()
        for elem in result:
            try:
                siblings = list(parents[elem].findall(elem.tag))
                if siblings[index] is elem:
                    yield elem
            except (IndexError, KeyError):
                pass
    return select


_STEPS = {'': _child, '*': _star, '.': _self, '..': _parent,
          '//': _descendant, '[': _predicate}
_cache = {}


def _compile(path, namespaces):
    key = (path,)
    if namespaces:
        key += tuple(sorted(namespaces.items()))
    if key in _cache:
        return _cache[key]
    if len(_cache) > 100:
        _cache.clear()
    if path[:1] == '/':
        raise SyntaxError("cannot use absolute path on element")
    next_token = iter(xpath_tokenizer(path, namespaces)).__next__
    try:
        token = next_token()
    except StopIteration:
        return None
    steps = []
    while True:
        try:
            steps.append(_STEPS[token[0]](next_token, token))
        except StopIteration:
            raise SyntaxError("invalid path") from None
        try:
            token = next_token()
            if token[0] == '/':
                token = next_token()
        except StopIteration:
            break
    _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    """The elements `path` selects from elem, as an iterator."""
    if path[-1:] == '/':
        path = path + '*'
    steps = _compile(path, namespaces)
    if steps is None:
        return None
    result = [elem]
    context = _Context(elem)
    for step in steps:
        result = step(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        found = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return '' if found.text is None else found.text
