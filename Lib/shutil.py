"""High-level file operations over the playground's empty, read-only file
system: what reads a path finds nothing (FileNotFoundError, as CPython on a
path that does not exist), what only creates raises the PermissionError that
open() raises for writes; copyfileobj, which, get_terminal_size and the
archive registries work as in CPython 3.11."""

import os
import sys
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def _missing(path):
    """The FileNotFoundError of reading a path that does not exist."""
    return FileNotFoundError(2, 'No such file or directory', os.fspath(path))


def _read_only(call):
    return PermissionError(f"shutil.{call}() cannot write files in the playground "
                           "(its file system is empty and read-only)")


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst (src never exists here)."""
    if os.fspath(src) == os.fspath(dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    raise _missing(src)


def copymode(src, dst, *, follow_symlinks=True):
    raise _missing(src)


def copystat(src, dst, *, follow_symlinks=True):
    raise _missing(src)


def copy(src, dst, *, follow_symlinks=True):
    return copyfile(src, dst, follow_symlinks=follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    return copyfile(src, dst, follow_symlinks=follow_symlinks)


def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter.

    Patterns is a sequence of glob-style patterns
    that are used to exclude files"""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    raise _missing(src)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree (none exists here)."""
    if ignore_errors:
        return
    error = _missing(path)
    if onerror is None:
        raise error
    try:
        raise error
    except OSError:
        onerror(os.lstat, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location."""
    return copy_function(src, dst)


def disk_usage(path):
    raise _missing(path)


def chown(path, user=None, group=None):
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    raise _missing(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """No executable exists in the playground: always None."""
    return None


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window: $COLUMNS/$LINES, else the
    fallback (the playground's output is not a terminal)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


_ARCHIVE_FORMATS = {
    'gztar': (None, [('compress', 'gzip')], "gzip'ed tar-file"),
    'tar': (None, [('compress', None)], "uncompressed tar file"),
    'zip': (None, [], "ZIP file"),
    'bztar': (None, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'xztar': (None, [('compress', 'xz')], "xz'ed tar-file"),
}
_UNPACK_FORMATS = {
    'tar': (['.tar'], None, [], "uncompressed tar file"),
    'zip': (['.zip'], None, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], None, [], "gzip'ed tar-file"),
    'bztar': (['.tar.bz2', '.tbz2'], None, [], "bzip2'ed tar-file"),
    'xztar': (['.tar.xz', '.txz'], None, [], "xz'ed tar-file"),
}


def get_archive_formats():
    """Returns a list of supported formats for archiving and unarchiving."""
    formats = [(name, registry[2]) for name, registry in
               _ARCHIVE_FORMATS.items()]
    formats.sort()
    return formats


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    if format not in _ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format) from None
    raise _read_only('make_archive')


def get_unpack_formats():
    formats = [(name, info[0], info[3]) for name, info in
               _UNPACK_FORMATS.items()]
    formats.sort()
    return formats


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    if extra_args is None:
        extra_args = []
    existing_extensions = {}
    for fmt, info in _UNPACK_FORMATS.items():
        for ext in info[0]:
            existing_extensions[ext] = fmt
    for extension in extensions:
        if extension in existing_extensions:
            msg = '%s is already registered for "%s"'
            raise RegistryError(msg % (extension,
                                       existing_extensions[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None):
    filename = os.fspath(filename)
    if format is not None:
        if format not in _UNPACK_FORMATS:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        for name, info in _UNPACK_FORMATS.items():
            for extension in info[0]:
                if filename.endswith(extension):
                    format = name
                    break
            if format is not None:
                break
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    if format == 'zip':
        raise ReadError("%s is not a zip file" % filename)
    raise _missing(filename)
