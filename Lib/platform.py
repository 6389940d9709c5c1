"""Identify the platform the program runs on, as CPython 3.11's platform
reports it on Linux; the values describe the playground, not the host:
system() is 'Linux', machine() 'x86_64', node() 'interleave', release(),
version() and processor() are '' (no kernel to ask), and the Python
version comes from sys.version_info, so python_version() matches
sys.version. Nothing here runs a command or reads a file.
"""

import collections
import itertools
import sys

__version__ = '1.0.8'

_SYSTEM = 'Linux'
_NODE = 'interleave'
_RELEASE = ''
_VERSION = ''
_MACHINE = 'x86_64'
_PROCESSOR = ''
_LIBC = ('glibc', '2.36')


class uname_result(
    collections.namedtuple("uname_result_base",
                           "system node release version machine")
):
    """A uname_result that's largely compatible with a simple namedtuple
    except that 'processor' is resolved late and included in iteration
    (but not in the repr)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _PROCESSOR

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        # override factory to affect length check
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def uname():
    """Fairly portable uname interface. Returns a tuple of strings
    (system, node, release, version, machine, processor)."""
    return uname_result(_SYSTEM, _NODE, _RELEASE, _VERSION, _MACHINE)


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows', or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for bitness and linkage."""
    return ('64bit', 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version the interpreter is linked
    against."""
    return _LIBC


def python_implementation():
    """Returns a string identifying the Python implementation."""
    return 'CPython'


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    v = sys.version_info
    return f'{v.major}.{v.minor}.{v.micro}'


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of
    strings."""
    return tuple(python_version().split('.'))


def _build_info():
    # sys.version is 'X.Y.Z (build info) [compiler]': the parts after the
    # version number.
    rest = sys.version.partition(' ')[2]
    build = ''
    compiler = ''
    if rest.startswith('('):
        build, _, rest = rest[1:].partition(')')
        rest = rest.strip()
    if rest.startswith('['):
        compiler = rest[1:].partition(']')[0]
    buildno, _, builddate = build.partition(',')
    return buildno.strip(), builddate.strip(), compiler


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build
    number and date as strings."""
    buildno, builddate, _ = _build_info()
    return buildno, builddate


def python_compiler():
    """Returns a string identifying the compiler used for compiling
    Python."""
    return _build_info()[2]


def python_branch():
    return ''


def python_revision():
    return ''


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing
    names used for some systems (nothing to change on Linux)."""
    return system, release, version


def _platform(*args):
    # Join the non-empty parts with '-', without doubled separators.
    platform = '-'.join(x.strip() for x in filter(len, args))
    for char in (' ', '/', '\\', ':', ';', '"', '(', ')'):
        platform = platform.replace(char, '_')
    while '--' in platform:
        platform = platform.replace('--', '-')
    if platform[-1:] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform, e.g.
    'Linux-x86_64-with-glibc2.36'."""
    # (iter(): the VM unpacks a tuple subclass without its __iter__)
    system, node, release, version, machine, processor = iter(uname())
    if aliased:
        system, release, version = system_alias(system, release, version)
    if terse:
        return _platform(system, release)
    libcname, libcversion = libc_ver()
    return _platform(system, release, machine, processor, 'with',
                     libcname + libcversion)


def freedesktop_os_release():
    """Return operating system identification from freedesktop.org
    os-release files (there are none)."""
    raise OSError(2, "Unable to read files /etc/os-release, "
                     "/usr/lib/os-release")


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def java_ver(release='', vendor='', vminfo=('', '', ''),
             osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo
