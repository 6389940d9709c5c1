"""zipfile's on-disk records: the struct layouts of local headers, the
central directory and the end-of-archive record (with its ZIP64
locator), ZipInfo (its header bytes as CPython writes them, DOS dates,
extra fields) and the search for the end record."""

import struct
import sys
import time

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate',
    9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse',
    19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

MASK_ENCRYPTED = 1 << 0
MASK_USE_DATA_DESCRIPTOR = 1 << 3
MASK_COMPRESSED_PATCH = 1 << 5
MASK_STRONG_ENCRYPTION = 1 << 6
MASK_UTF_FILENAME = 1 << 11
DD_SIGNATURE = 0x08074b50

_CP437_HIGH = (
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐'
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile, the zipfile requires ZIP64
    extensions and those extensions are disabled."""


def decode_name(raw, flags, metadata_encoding=None):
    """A member name from its bytes: UTF-8 when flagged, else cp437 (or
    the archive's metadata_encoding)."""
    if flags & MASK_UTF_FILENAME:
        return raw.decode('utf-8')
    if metadata_encoding:
        return raw.decode(metadata_encoding)
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _dos(date_time):
    dt = date_time
    dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
    dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
    return dostime, dosdate


class ZipInfo:
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved',
                 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size',
                 '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        import stat
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' %
                          compressor_names.get(self.compress_type,
                                               self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or
                 self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def FileHeader(self, zip64=None):
        """The local file header's bytes."""
        dostime, dosdate = _dos(self.date_time)
        if self.flag_bits & MASK_USE_DATA_DESCRIPTOR:
            CRC = compress_size = file_size = 0
        else:
            CRC = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            fmt = '<HHQQ'
            extra = extra + struct.pack(fmt, 1, struct.calcsize(fmt) - 4,
                                        file_size, compress_size)
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            file_size = compress_size = 0xffffffff
            min_version = ZIP64_VERSION
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader,
                             self.extract_version, self.reserved, flag_bits,
                             self.compress_type, dostime, dosdate, CRC,
                             compress_size, file_size,
                             len(filename), len(extra))
        return header + filename + extra

    def central_record(self):
        """The central directory entry's bytes."""
        dostime, dosdate = _dos(self.date_time)
        extra = []
        if self.file_size > ZIP64_LIMIT or self.compress_size > ZIP64_LIMIT:
            extra.append(self.file_size)
            extra.append(self.compress_size)
            file_size = compress_size = 0xffffffff
        else:
            file_size = self.file_size
            compress_size = self.compress_size
        if self.header_offset > ZIP64_LIMIT:
            extra.append(self.header_offset)
            header_offset = 0xffffffff
        else:
            header_offset = self.header_offset
        extra_data = self.extra
        min_version = 0
        if extra:
            extra_data = strip_extra(extra_data, (1,))
            extra_data = struct.pack('<HH' + 'Q' * len(extra), 1,
                                     8 * len(extra), *extra) + extra_data
            min_version = ZIP64_VERSION
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        extract_version = max(min_version, self.extract_version)
        create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        record = struct.pack(structCentralDir, stringCentralDir,
                             create_version, self.create_system,
                             extract_version, self.reserved, flag_bits,
                             self.compress_type, dostime, dosdate, self.CRC,
                             compress_size, file_size, len(filename),
                             len(extra_data), len(self.comment), 0,
                             self.internal_attr, self.external_attr,
                             header_offset)
        return record + filename + extra_data + self.comment

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return (self.filename.encode('utf-8'),
                    self.flag_bits | MASK_UTF_FILENAME)

    def _decodeExtra(self):
        # The ZIP64 sizes and offset of the extra field.
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack('<HH', extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 0x0001:
                data = extra[4:ln + 4]
                try:
                    if self.file_size in (0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF):
                        field = "File size"
                        self.file_size, = struct.unpack('<Q', data[:8])
                        data = data[8:]
                    if self.compress_size == 0xFFFF_FFFF:
                        field = "Compress size"
                        self.compress_size, = struct.unpack('<Q', data[:8])
                        data = data[8:]
                    if self.header_offset == 0xFFFF_FFFF:
                        field = "Header offset"
                        self.header_offset, = struct.unpack('<Q', data[:8])
                except struct.error:
                    raise BadZipFile(f"Corrupt zip64 extra field. "
                                     f"{field} not found.") from None
            extra = extra[ln + 4:]

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename[-1:] == '/'


def strip_extra(extra, xids):
    """The extra field without the blocks whose ids are in xids."""
    unpack = struct.Struct('<HH').unpack
    modified = False
    buffer = []
    start = i = 0
    while i + 4 <= len(extra):
        xid, xlen = unpack(extra[i:i + 4])
        j = i + 4 + xlen
        if xid in xids:
            if i != start:
                buffer.append(extra[start:i])
            start = j
            modified = True
        i = j
    if not modified:
        return extra
    if start != len(extra):
        buffer.append(extra[start:])
    return b''.join(buffer)


def end_record(fp):
    """[signature, disk, disk of directory, entries here, entries,
    directory size, directory offset, comment size, comment, location]
    of the archive in fp, or None when there is none."""
    fp.seek(0, 2)
    filesize = fp.tell()
    try:
        fp.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    data = fp.read()
    if (len(data) == sizeEndCentDir and data[0:4] == stringEndArchive and
            data[-2:] == b"\000\000"):
        endrec = list(struct.unpack(structEndArchive, data))
        endrec.append(b"")
        endrec.append(filesize - sizeEndCentDir)
        return _end_record64(fp, -sizeEndCentDir, endrec)
    max_comment_start = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fp.seek(max_comment_start, 0)
    data = fp.read()
    start = data.rfind(stringEndArchive)
    if start >= 0:
        rec = data[start:start + sizeEndCentDir]
        if len(rec) != sizeEndCentDir:
            return None
        endrec = list(struct.unpack(structEndArchive, rec))
        comment = data[start + sizeEndCentDir:start + sizeEndCentDir + endrec[7]]
        endrec.append(comment)
        endrec.append(max_comment_start + start)
        return _end_record64(fp, max_comment_start + start - filesize, endrec)
    return None


def _end_record64(fp, offset, endrec):
    try:
        fp.seek(offset - sizeEndCentDir64Locator, 2)
    except OSError:
        return endrec
    data = fp.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fp.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    (sig, sz, create_version, read_version, disk_num, disk_dir,
     dircount, dircount2, dirsize, diroffset) = struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return endrec
    endrec[0] = sig
    endrec[1] = disk_num
    endrec[2] = disk_dir
    endrec[3] = dircount
    endrec[4] = dircount2
    endrec[5] = dirsize
    endrec[6] = diroffset
    return endrec


def now_date_time():
    return time.localtime(time.time())[:6]
