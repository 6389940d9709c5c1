"""Constants and functions for interpreting os.stat() results, as CPython
3.11's stat module over its C accelerator `_stat`: the functions take a
mode that fits in an unsigned 32-bit mode_t and raise CPython's errors for
anything else."""

# Indices into a stat result tuple.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID = 0, 1, 2, 3, 4, 5
ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = 6, 7, 8, 9

# File types.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD file flags (chflags).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes.
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def _mode(mode):
    # The C module's mode_t conversion.
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFF:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode):
    """Return the portion of the file's mode that can be set by
    os.chmod()."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """Return the portion of the file's mode that describes the file
    type."""
    return _mode(mode) & 0o170000


def _is_type(kind):
    def check(mode):
        return S_IFMT(mode) == kind and kind != 0
    return check


S_ISDIR = _is_type(S_IFDIR)
S_ISCHR = _is_type(S_IFCHR)
S_ISBLK = _is_type(S_IFBLK)
S_ISREG = _is_type(S_IFREG)
S_ISFIFO = _is_type(S_IFIFO)
S_ISLNK = _is_type(S_IFLNK)
S_ISSOCK = _is_type(S_IFSOCK)
S_ISDOOR = _is_type(0)
S_ISPORT = _is_type(0)
S_ISWHT = _is_type(0)
for _name, _doc in (("S_ISDIR", "a directory"), ("S_ISCHR", "a character special device file"),
                    ("S_ISBLK", "a block special device file"), ("S_ISREG", "a regular file"),
                    ("S_ISFIFO", "a FIFO (named pipe)"), ("S_ISLNK", "a symbolic link"),
                    ("S_ISSOCK", "a socket"), ("S_ISDOOR", "a door"),
                    ("S_ISPORT", "an event port"), ("S_ISWHT", "a whiteout")):
    globals()[_name].__name__ = globals()[_name].__qualname__ = _name
    globals()[_name].__doc__ = "Return True if mode is from %s." % _doc
del _name, _doc

_TYPE_CHARS = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b',
               S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p'}


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    mode = _mode(mode)

    def triple(read, write, execute, special, set_char):
        x = 'x' if mode & execute else '-'
        if mode & special:
            x = set_char if mode & execute else set_char.upper()
        return (('r' if mode & read else '-') + ('w' if mode & write else '-')
                + x)

    return (_TYPE_CHARS.get(mode & 0o170000, '?')
            + triple(S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's')
            + triple(S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's')
            + triple(S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't'))
