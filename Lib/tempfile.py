"""Temporary files and directories on the playground's read-only file
system: the names (gettempdir() is '/tmp', mktemp()) work, every function
that creates a file or directory raises the PermissionError that open()
raises for writes. SpooledTemporaryFile keeps its data in memory until it
would roll over to a real file."""

import io as _io
from _generic_alias import GenericAlias as _GenericAlias
import os as _os

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = "tmp"
tempdir = None


def _refuse(call):
    return PermissionError(f"tempfile.{call}() cannot create files in the playground "
                           "(its file system is empty and read-only)")


class _RandomNameSequence:
    """An instance of _RandomNameSequence generates an endless
    sequence of unpredictable strings which can safely be incorporated
    into file names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        if getattr(self, '_rng', None) is None:
            import random
            self._rng = random.Random()
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def gettempprefixb():
    """The default prefix for temporary directories as bytes."""
    return template.encode()


def gettempdir():
    """Returns tempfile.tempdir as str ('/tmp' unless set)."""
    global tempdir
    if tempdir is None:
        tempdir = _os.environ.get('TMPDIR') or '/tmp'
    return _os.fsdecode(tempdir) if hasattr(_os, 'fsdecode') else tempdir


def gettempdirb():
    """Returns tempfile.tempdir as bytes."""
    return gettempdir().encode()


def _check_affixes(prefix, suffix, dir):
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")


def mktemp(suffix="", prefix=template, dir=None):
    """User-callable function to return a unique temporary file name.  The
    file is not created."""
    if dir is None:
        dir = gettempdir()
    name = next(_get_candidate_names())
    return _os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    _check_affixes(prefix, suffix, dir)
    raise _refuse('mkstemp')


def mkdtemp(suffix=None, prefix=None, dir=None):
    _check_affixes(prefix, suffix, dir)
    raise _refuse('mkdtemp')


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    _check_affixes(prefix, suffix, dir)
    raise _refuse('NamedTemporaryFile')


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    _check_affixes(prefix, suffix, dir)
    raise _refuse('TemporaryFile')


class TemporaryDirectory:
    """Create and return a temporary directory (refused here)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        _check_affixes(prefix, suffix, dir)
        raise _refuse('TemporaryDirectory')


class SpooledTemporaryFile(_io.IOBase):
    """Temporary file wrapper, specialized to switch from BytesIO
    or StringIO to a real file when it exceeds a certain size or
    when a fileno is needed; here the switch is refused."""

    __class_getitem__ = classmethod(_GenericAlias)
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        raise _refuse('SpooledTemporaryFile.rollover')

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def getvalue(self):
        return self._file.getvalue()

    def isatty(self):
        return False

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return True

    def seekable(self):
        return True

    def writable(self):
        return True
