"""inspect's source functions: getfile, getsourcefile, getsourcelines,
getsource, getmodule, getcomments-free subset.

The only source a run has is the program's own (the VM keeps its lines;
`_interleave_tb.source_line` reads them, as linecache does in CPython).
Library modules are embedded, so their objects raise OSError('could not get
source code') like a module without a .py file. Blocks are found as
CPython's BlockFinder does for ordinary code: decorators, the def/class
line (continued while brackets are open), then every line indented deeper
(blank and comment lines included, trailing blank lines dropped).
"""

import sys
import types


def _line(filename, lineno):
    # Imported when used: asyncio imports inspect, and a warm image (issue
    # 13) admits only the native modules it knows.
    try:
        import _interleave_tb as native
    except ImportError:
        import linecache
        return linecache.getline(filename, lineno) or None
    return native.source_line(filename, lineno)


def _all_lines(filename):
    lines = []
    n = 1
    while True:
        line = _line(filename, n)
        if line is None:
            return lines
        lines.append(line)
        n += 1


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if isinstance(object, types.ModuleType):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def getfile(object):
    """The file an object was defined in (TypeError for builtins)."""
    if isinstance(object, types.ModuleType):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isinstance(object, type):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if isinstance(object, types.MethodType):
        object = object.__func__
    if isinstance(object, types.FunctionType):
        object = object.__code__
    if isinstance(object, types.CodeType):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    return filename if _line(filename, 1) is not None else None


def _indent(line):
    return len(line) - len(line.lstrip(' \t'))


def _open_brackets(line, depth):
    """depth plus the brackets line opens minus those it closes (strings
    and comments skipped)."""
    quote = None
    for ch in line:
        if quote:
            if ch == quote:
                quote = None
        elif ch == '#':
            break
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
    return depth


def getblock(lines):
    """The lines of the block that starts at lines[0]."""
    i = 0
    # Decorators, then the header line(s) up to the colon that opens the body.
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        # A decorator is a logical line: a call may span several lines.
        depth = _open_brackets(lines[i], 0)
        i += 1
        while depth > 0 and i < len(lines):
            depth = _open_brackets(lines[i], depth)
            i += 1
    if i >= len(lines):
        return lines
    base = _indent(lines[i])
    header = lines[i].lstrip()
    if not (header.startswith(('def ', 'async def ', 'class ')) or header.startswith('async\tdef')):
        # A lambda or an expression: CPython returns the logical line.
        depth = _open_brackets(lines[i], 0)
        end = i + 1
        while depth > 0 and end < len(lines):
            depth = _open_brackets(lines[end], depth)
            end += 1
        return lines[:end]
    depth = _open_brackets(lines[i], 0)
    end = i + 1
    while depth > 0 and end < len(lines):
        depth = _open_brackets(lines[end], depth)
        end += 1
    body_start = end
    last = end
    if lines[end - 1].split('#')[0].rstrip().endswith(':'):
        for j in range(body_start, len(lines)):
            text = lines[j]
            if not text.strip() or text.lstrip().startswith('#'):
                continue
            if _indent(text) <= base:
                break
            last = j + 1
    # A one-line body after the colon: the header line is the whole block.
    return lines[:max(last, end)]


def findsource(object):
    """(all lines of the file, index of the object's first line)."""
    try:
        filename = getsourcefile(object)
    except TypeError:
        raise
    if filename is None:
        raise OSError('could not get source code')
    lines = _all_lines(filename)
    if isinstance(object, types.ModuleType):
        return lines, 0
    if isinstance(object, type):
        return lines, _class_start(lines, object)
    if isinstance(object, types.MethodType):
        object = object.__func__
    if isinstance(object, types.FunctionType):
        object = object.__code__
    if isinstance(object, types.CodeType):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        # CPython's first line of a decorated function is its first decorator.
        while lnum > 0 and lines[lnum - 1].lstrip().startswith('@') and \
                _indent(lines[lnum - 1]) == _indent(lines[lnum]):
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def _class_start(lines, cls):
    """The line index of cls's class statement, found by its qualified
    name's nesting (decorators included)."""
    parts = cls.__qualname__.split('.')
    parts = [p for p in parts if p != '<locals>']
    want = parts[-1]
    candidates = []
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith('class '):
            rest = stripped[6:].lstrip()
            name = rest.split('(')[0].split(':')[0].strip()
            if name == want:
                candidates.append(index)
    if not candidates:
        raise OSError('could not find class definition')
    start = candidates[0] if len(parts) > 1 else next(
        (c for c in candidates if _indent(lines[c]) == 0), candidates[0])
    while start > 0 and lines[start - 1].lstrip().startswith('@'):
        start -= 1
    return start


def getsourcelines(object):
    """(the lines of the object's source, its first line number)."""
    object = _unwrap(object)
    lines, lnum = findsource(object)
    if isinstance(object, types.ModuleType):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The text of the object's source code."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def _unwrap(object):
    while hasattr(object, '__wrapped__') and not isinstance(object, type):
        object = object.__wrapped__
    return object
