"""Lines of source files, cached, as CPython 3.11's linecache.

On the VM the sources are the program's own (kept by the VM, read through
`_interleave_tb.source_line`) and the embedded library's (file names
`<lib>/...`, through `_interleave_tb.library_source`); there are no other
files. Such entries carry no modification time, so checkcache() keeps
them, as it keeps CPython's entries for sources without a file. Elsewhere
(CPython under scripts/lib-harness.py) files are read from disk."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazy
# entry that has not been read yet.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, updating the
    cache if needed; '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating the
    cache if needed."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard entries whose file changed on disk (or is gone)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _native():
    # Imported when used: a warm image admits only the native modules it
    # knows at the program's first imports.
    try:
        import _interleave_tb
    except ImportError:
        return None
    return _interleave_tb


def _vm_lines(native, filename):
    source = getattr(native, 'library_source', lambda name: None)(filename)
    if source is not None:
        return source.splitlines(True)
    lines = []
    while True:
        line = native.source_line(filename, len(lines) + 1)
        if line is None:
            return lines
        lines.append(line)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines ([] when the
    source cannot be found)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    native = _native()
    if native is not None:
        lines = _vm_lines(native, filename)
        if lines:
            return _store(filename, lines, None, filename)
        if lazycache(filename, module_globals):
            return _lazy_lines(filename)
        return []
    return _disk_lines(filename, module_globals)


def _store(filename, lines, mtime, fullname):
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size = sum(len(line) for line in lines)
    cache[filename] = size, mtime, lines, fullname
    return lines


def _lazy_lines(filename):
    try:
        data = cache[filename][0]()
    except (ImportError, OSError):
        data = None
    if data is None:
        return []
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = len(data), None, lines, filename
    return lines


def _disk_lines(filename, module_globals):
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            lines = _lazy_lines(filename)
            if lines:
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, encoding='utf-8') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remember how to get `filename`'s source from its module's loader
    (module_globals' __loader__.get_source), without reading it yet.
    Return whether an entry (lazy or not) is now cached."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
