"""pathlib's two path syntaxes (CPython 3.11's _PosixFlavour and
_WindowsFlavour): how a string splits into drive, root and parts, how two
parsed paths join, case folding for comparisons, reserved names and file
URIs. pathlib.py builds the path classes on top of these."""

import string
from urllib.parse import quote_from_bytes as _quote_from_bytes


class _Flavour:
    """Parsing shared by both syntaxes; subclasses supply splitroot()."""

    def parse_parts(self, parts):
        """(drive, root, parts) of the concatenation of `parts`: the last
        anchored piece wins, '.' and empty components are dropped, and the
        anchor (drive + root) becomes the first part."""
        parsed = []
        sep = self.sep
        altsep = self.altsep
        drv = root = ''
        it = reversed(parts)
        for part in it:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            drv, root, rel = self.splitroot(part)
            for x in reversed(rel.split(sep)):
                if x and x != '.':
                    parsed.append(x)
            if drv or root:
                if not drv:
                    # ("C:", "/", "a"): a root alone takes the drive of an
                    # earlier piece.
                    for part in it:
                        if not part:
                            continue
                        if altsep:
                            part = part.replace(altsep, sep)
                        drv = self.splitroot(part)[0]
                        if drv:
                            break
                break
        if drv or root:
            parsed.append(drv + root)
        parsed.reverse()
        return drv, root, parsed

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """Join the parsed parts of two paths, the second relative to the
        first unless it is anchored."""
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                # The same drive: the second path is relative to the first.
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = True

    def splitroot(self, part, sep=sep):
        if part and part[0] == sep:
            stripped_part = part.lstrip(sep)
            # POSIX gives exactly two leading slashes their own meaning.
            if len(part) - len(stripped_part) == 2:
                return '', sep * 2, stripped_part
            return '', sep, stripped_part
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote_from_bytes(str(path).encode('utf-8'))


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = False

    drive_letters = set(string.ascii_letters)
    reserved_names = (
        {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
        {'COM%s' % c for c in '123456789\xb9\xb2\xb3'} |
        {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'}
    )

    def splitroot(self, part, sep=sep):
        first = part[0:1]
        second = part[1:2]
        third = part[2:3]
        if second == sep and first == sep and third != sep:
            # A UNC path: \\machine\mountpoint is the drive.
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ''
        if second == ':' and first in self.drive_letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            # UNC paths are never reserved.
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self.reserved_names

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            # A path with a drive letter: file:///c:/a/b
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (
                drive, _quote_from_bytes(rest.encode('utf-8')))
        # A UNC path: file://server/share/a
        return 'file:' + _quote_from_bytes(path.as_posix().encode('utf-8'))


posix_flavour = _PosixFlavour()
windows_flavour = _WindowsFlavour()
