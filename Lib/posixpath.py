"""os.path for the playground: CPython 3.11's posixpath string functions.

Functions that would look at the host's file system (exists, isfile,
getsize, realpath...) raise PermissionError naming the call; abspath uses
the virtual working directory '/'.
"""

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir',
           'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    return fspath(p)


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    if isinstance(s, bytes):
        return s
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    return _fspath(s).startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    if not isinstance(a, (str, bytes)) and not hasattr(type(a), '__fspath__'):
        _fspath(a)   # CPython's os.fspath(a) message for the first argument
    for arg in (a,) + p:
        if not isinstance(arg, str) and not hasattr(type(arg), '__fspath__'):
            raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, "
                            f"not '{type(arg).__name__}'")
    a = _fspath(a)
    path = a
    for b in map(_fspath, p):
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname into (head, tail)."""
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname."""
    p = _fspath(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if path == '':
        return curdir
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in ('', curdir):
            continue
        if (comp != pardir or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == pardir)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or curdir


def abspath(path):
    """Return an absolute path (the playground's working directory is '/')."""
    path = _fspath(path)
    if not isabs(path):
        path = join('/', path)
    return normpath(path)


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    """Expand ~ and ~user constructions (the playground's home is '/home')."""
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        return ('/home' + path[i:]) or '/'
    return path


def expandvars(path):
    """Expand shell variables of form $var and ${var} (os.environ is empty,
    so unknown variables are left unchanged)."""
    import os
    path = _fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def _host(name):
    def refuse(*args, **kwargs):
        raise PermissionError(f'os.path.{name}() needs the file system, '
                              'which the playground does not have')
    refuse.__name__ = name
    refuse.__qualname__ = name
    return refuse


exists = _host('exists')
lexists = _host('lexists')
isfile = _host('isfile')
isdir = _host('isdir')
islink = _host('islink')
ismount = _host('ismount')
getsize = _host('getsize')
getmtime = _host('getmtime')
getatime = _host('getatime')
getctime = _host('getctime')
realpath = _host('realpath')
samefile = _host('samefile')
sameopenfile = _host('sameopenfile')
samestat = _host('samestat')
