"""Object-oriented filesystem paths, as CPython 3.11's pathlib.

The pure classes (PurePath, PurePosixPath, PureWindowsPath) are complete:
parsing, parts, name/stem/suffix(es), parent(s), joining with / and
joinpath, with_name/with_stem/with_suffix, relative_to, is_absolute,
match, as_posix, as_uri, comparisons and hashing.

Path (PosixPath here; WindowsPath cannot be instantiated, as on Linux)
sees the playground's file system, which is empty and read-only: no path
exists (exists(), is_file(), is_dir()... are False), reading opens the
file with builtins open() and so raises FileNotFoundError, stat() and
friends raise FileNotFoundError, writing and creating raise the
PermissionError that open() raises for writes, glob() finds nothing.
Path.cwd() is '/' and Path.home() is '/home', as os.getcwd() and
os.path.expanduser('~') say.
"""

import fnmatch
import os
import posixpath
from _pathlib_flavours import posix_flavour, windows_flavour

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


class _PathParents:
    """A sequence of a path's logical ancestors (path.parents)."""
    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O. Instantiating it gives a
    PurePosixPath here.
    """
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts',
                 '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                if not isinstance(a, (str, bytes, bytearray)):
                    a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        """Return the string representation of the path, suitable for
        passing to system calls."""
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(
                self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        f = self._flavour
        return str(self).replace(f.sep, '/')

    def __bytes__(self):
        """Return the bytes representation of the path."""
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._cparts == other._cparts and
                self._flavour is other._flavour)

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if (not isinstance(other, PurePath) or
                self._flavour is not other._flavour):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if (not isinstance(other, PurePath) or
                self._flavour is not other._flavour):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if (not isinstance(other, PurePath) or
                self._flavour is not other._flavour):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if (not isinstance(other, PurePath) or
                self._flavour is not other._flavour):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any (including the
        leading dot)."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = self._flavour.parse_parts((name,))
        if (not name or name[-1] in [self._flavour.sep, self._flavour.altsep]
                or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed. If the path has
        no suffix, add given suffix. If the given suffix is an empty
        string, remove the suffix from the path."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the
        passed arguments. If the operation is not possible (because this
        is not a subpath of the other path), raise ValueError."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is "
                             "absolute.".format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '',
                                       abs_parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the components in
        the filesystem path."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are
        relative paths) or a totally different path (if one of the
        arguments is anchored)."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if
        applicable, a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Return True if the path contains one of the special names
        reserved by the system, if any."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    _flavour = posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems."""
    _flavour = windows_flavour
    __slots__ = ()


def _missing(path):
    return FileNotFoundError(2, 'No such file or directory', str(path))


def _read_only(call):
    return PermissionError(f'{call}() cannot write files in the playground '
                           '(its file system is empty and read-only)')


class Path(PurePath):
    """PurePath subclass that can make system calls: on the playground's
    empty, read-only file system (see the module docstring)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    # --- where the program is ------------------------------------------------

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls(os.path.expanduser('~'))

    def absolute(self):
        """Return an absolute version of this path by prepending the
        current working directory. No normalization is done."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """Make the path absolute, resolving '..' (there are no symlinks).
        With strict, a path that does not exist raises FileNotFoundError."""
        s = posixpath.normpath(posixpath.join(os.getcwd(), str(self)))
        if s.startswith('//'):
            s = '/' + s.lstrip('/')
        if strict and s != '/':
            # realpath stops at the first component that does not exist.
            raise _missing('/' + s[1:].split('/')[0])
        return type(self)(s)

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if (not (self._drv or self._root) and
                self._parts and self._parts[0][:1] == '~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self

    # --- queries: nothing exists ---------------------------------------------

    def exists(self):
        """Whether this path exists (never, on the empty file system)."""
        return False

    def is_dir(self):
        return False

    def is_file(self):
        return False

    def is_symlink(self):
        return False

    def is_mount(self):
        return False

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def stat(self, *, follow_symlinks=True):
        raise _missing(self)

    def lstat(self):
        raise _missing(self)

    def owner(self):
        raise _missing(self)

    def group(self):
        raise _missing(self)

    def readlink(self):
        raise _missing(self)

    def samefile(self, other_path):
        raise _missing(self)

    def iterdir(self):
        """Iterate over the files in this directory (there is none)."""
        raise _missing(self)
        yield

    def _check_pattern(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")

    def glob(self, pattern):
        """Iterate over the files matching the pattern (none)."""
        self._check_pattern(pattern)
        return iter(())

    def rglob(self, pattern):
        """Recursively yield the files matching the pattern (none)."""
        self._check_pattern(pattern)
        return iter(())

    # --- reading: through open(), which finds no file ------------------------

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """Open the file pointed by this path, as the built-in open()."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data) if not isinstance(data, bytes) else data
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    # --- changes: the file system is read-only -------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        raise _read_only('touch')

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        raise _read_only('mkdir')

    def chmod(self, mode, *, follow_symlinks=True):
        raise _missing(self)

    def lchmod(self, mode):
        raise _missing(self)

    def unlink(self, missing_ok=False):
        if not missing_ok:
            raise _missing(self)

    def rmdir(self):
        raise _missing(self)

    def rename(self, target):
        raise _missing(self)

    def replace(self, target):
        raise _missing(self)

    def symlink_to(self, target, target_is_directory=False):
        raise _read_only('symlink_to')

    def hardlink_to(self, target):
        raise _read_only('hardlink_to')

    def link_to(self, target):
        raise _read_only('link_to')


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems (not instantiable here)."""
    __slots__ = ()
