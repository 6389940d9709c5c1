"""Reading and writing gzip data, as CPython 3.11's gzip: compress and
decompress (several members, CPython's errors), GzipFile over a file
object such as io.BytesIO, and open() (binary or text). The header's
time is the run's virtual clock. A GzipFile being read decompresses its
whole input at the first read; the playground has no files to name."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_EOF_MESSAGE = ("Compressed file ended before the end-of-stream marker "
                "was reached")


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """A GzipFile (binary modes) or a TextIOWrapper over one ('t' modes)
    for a file name or a file object."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    flags = FNAME if fname else 0
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime),
                       _xfl(compresslevel), 255)
    return head + (fname + b'\0' if fname else b'')


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_EOF_MESSAGE)
        data += more
    return data


def _read_gzip_header(fp):
    """The member's mtime after reading its header from fp, or None at
    the end of the input."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            while True:
                s = fp.read(1)
                if not s or s == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return mtime


def _members(data):
    # (mtimes, decompressed members) of every member in data.
    mtimes = []
    members = []
    while True:
        fp = io.BytesIO(data)
        mtime = _read_gzip_header(fp)
        if mtime is None:
            return mtimes, members
        mtimes.append(mtime)
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = inflater.decompress(data[fp.tell():])
        if not inflater.eof or len(inflater.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", inflater.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = inflater.unused_data[8:].lstrip(b"\x00")


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip bytes."""
    if mtime == 0:
        # zlib's own gzip framing (its header has mtime 0 and OS 3).
        return zlib.compress(data, level=compresslevel, wbits=31)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return (_header(compresslevel, mtime) +
            zlib.compress(data, level=compresslevel, wbits=-15) + trailer)


def decompress(data):
    """Decompress gzip data (every member) in one shot."""
    return b"".join(_members(data)[1])


class GzipFile(io.BufferedIOBase):
    """A gzip stream over a file object: mode 'rb' reads, 'wb'/'ab'/'xb'
    write."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._data = None
            self._pos = 0
            self.mtime = None
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self._write_mtime = mtime
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                try:
                    fname = fname.encode('latin-1')
                except UnicodeEncodeError:
                    fname = b''
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            self.fileobj.write(_header(compresslevel, mtime if mtime is not None
                                       else None, fname))

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _buffer(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        if self._data is None:
            mtimes, members = _members(self.fileobj.read())
            self._data = b"".join(members)
            if mtimes:
                self.mtime = mtimes[-1]
        return self._data

    def read(self, size=-1):
        data = self._buffer()
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), self._pos + size)
        chunk = data[self._pos:end]
        self._pos = end
        return chunk

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        data = self._buffer()
        return data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        data = self._buffer()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = data[self._pos:end]
        self._pos = end
        return line

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<L", self.crc))
                fileobj.write(struct.pack("<L", self.size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self.offset))
            return self.offset
        data = self._buffer()
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += len(data)
        self._pos = max(0, min(offset, len(data)))
        return self._pos

    def tell(self):
        self._check_not_closed()
        return self.offset if self.mode == WRITE else self._pos
