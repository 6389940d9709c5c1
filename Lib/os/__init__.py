"""The playground's safe subset of os (shared/DESIGN.md, "The language").

No files, processes or environment: `environ` is empty, `getpid()` is a
fixed number, `urandom` draws from the run's seeded generator, `os.path` is
posixpath's pure string functions. Everything that would touch the host
raises PermissionError naming the call.
"""

import sys
from _generic_alias import GenericAlias as _GenericAlias
import posixpath as path

# As in CPython, os.path is the posixpath module itself.
try:
    from _interleave import install_module as _install_module
except ImportError:  # CPython (scripts/lib-harness.py)
    sys.modules['os.path'] = path
else:
    _install_module('os.path', path)
    del _install_module

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep',
           'defpath', 'name', 'path', 'devnull', 'extsep', 'environ',
           'getenv', 'getpid', 'getppid', 'kill', 'cpu_count', 'urandom', 'fspath',
           'PathLike', 'error', 'strerror', 'getcwd', 'get_terminal_size',
           'terminal_size']

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
pathsep = path.pathsep
extsep = path.extsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2

error = OSError


class _Environ(dict):
    """os.environ: an (empty) mapping of str to str."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        dict.__setitem__(self, key, value)

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            raise KeyError(key) from None

    def get(self, key, default=None):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        return dict.get(self, key, default)

    def __contains__(self, key):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        return dict.__contains__(self, key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        return dict.pop(self, key, *default)

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({' + ', '.join(f'{k!r}: {v!r}' for k, v in self.items()) + '})'


environ = _Environ()


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


_PID = 4242


def getpid():
    """Return the current process id (a fixed number in the playground)."""
    return _PID


def kill(pid, signal, /):
    """Send a signal to a process. The playground's only process is this
    one: `kill(getpid(), sig)` delivers `sig` as signal.raise_signal()
    does (its handler runs before kill returns); signal 0 only checks that
    the process exists. Other processes cannot be reached."""
    for value in (pid, signal):
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be "
                            "interpreted as an integer")
    if pid not in (_PID, 0):
        _host('kill')()
    if signal == 0:
        return
    if not 0 < signal < 65 or signal in (32, 33):
        raise OSError(22, 'Invalid argument')
    import signal as _signal
    _signal.raise_signal(signal)


def getppid():
    return 1


def cpu_count():
    """Return the number of CPUs in the system."""
    return 1


_random = None


def urandom(size):
    """Return a bytes object containing random bytes (from the run's seeded
    generator, so runs are reproducible)."""
    global _random
    if not isinstance(size, int):
        raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
    if size < 0:
        raise ValueError('negative argument not allowed')
    if _random is None:
        import random
        _random = random.Random(0x5EED)
    return bytes(_random.getrandbits(8) for _ in range(size))


def fspath(p):
    """Return the file system path representation of the object."""
    if isinstance(p, (str, bytes)):
        return p
    fs = getattr(type(p), '__fspath__', None)
    if fs is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    result = fs(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'.format(
        type(p).__name__, type(result).__name__))


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    __class_getitem__ = classmethod(_GenericAlias)

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def strerror(code):
    """Translate an error code to a message string."""
    from _errno_messages import MESSAGES
    return MESSAGES.get(code, f'Unknown error {code}')


def getcwd():
    """The playground's (virtual) working directory."""
    return '/'


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def _host(call):
    def refuse(*args, **kwargs):
        raise PermissionError(f'os.{call}() needs the host system, '
                              'which the playground does not offer')
    refuse.__name__ = call
    refuse.__qualname__ = call
    return refuse


for _call in ('listdir', 'scandir', 'walk', 'mkdir', 'makedirs', 'remove',
              'unlink', 'rmdir', 'removedirs', 'rename', 'renames', 'replace',
              'stat', 'lstat', 'fstat', 'chdir', 'chmod', 'chown', 'open',
              'close', 'read', 'write', 'system', 'popen', 'fork',
              'execv', 'execve', 'execvp', 'execl', 'spawnv', 'getlogin',
              'symlink', 'link', 'readlink', 'access', 'utime', 'truncate',
              'pipe', 'dup', 'dup2', 'umask', 'abort', '_exit', 'nice',
              'getloadavg', 'sync', 'fsync', 'startfile', 'killpg', 'wait',
              'waitpid', 'setsid', 'uname'):
    globals()[_call] = _host(_call)
del _call

