"""Read and write ZIP files, as CPython 3.11's zipfile, over file objects
such as io.BytesIO (the playground has no files): ZipFile in modes 'r',
'w', 'x' and 'a' with ZIP_STORED and ZIP_DEFLATED members (byte for
byte as CPython writes them), ZipInfo, ZipExtFile, is_zipfile and
BadZipFile. No bzip2/lzma compression, encryption or zipfile.Path.
Records and ZipInfo are in _zipfile_records."""

import io
import os
import struct
import zlib

from _zipfile_records import (
    ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA, BadZipFile, LargeZipFile,
    ZipInfo, ZIP64_LIMIT, ZIP_FILECOUNT_LIMIT, ZIP_MAX_COMMENT,
    structCentralDir, stringCentralDir, sizeCentralDir, structFileHeader,
    stringFileHeader, sizeFileHeader, structEndArchive, stringEndArchive,
    stringEndArchive64, sizeEndCentDir64, sizeEndCentDir64Locator,
    structEndArchive64, structEndArchive64Locator, stringEndArchive64Locator,
    MASK_ENCRYPTED, MASK_COMPRESSED_PATCH, MASK_STRONG_ENCRYPTION,
    decode_name, end_record, now_date_time, compressor_names)

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "PyZipFile", "LargeZipFile"]

for _cls in (BadZipFile, LargeZipFile, ZipInfo):
    _cls.__module__ = __name__
del _cls

error = BadZipfile = BadZipFile


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def is_zipfile(filename):
    """Whether the file object (or file name) holds a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            return bool(end_record(filename))
        with open(filename, "rb") as fp:
            return bool(end_record(fp))
    except OSError:
        return False


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: decompressed at the first read, its
    CRC checked once all of it has been read."""

    def __init__(self, data, mode, zipinfo):
        self._raw = data
        self._data = None
        self._pos = 0
        self._closed = False
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo
        self._compress_type = zipinfo.compress_type

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__,
                              self.__class__.__qualname__)]
        if not self._closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(' compress_type=%s' %
                              compressor_names.get(self._compress_type,
                                                   self._compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _contents(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if self._data is None:
            if self._compress_type == ZIP_DEFLATED:
                inflater = zlib.decompressobj(-15)
                data = inflater.decompress(self._raw) + inflater.flush()
                if not inflater.eof and len(data) < self._zinfo.file_size:
                    raise EOFError
            else:
                data = self._raw[:self._zinfo.file_size]
            if len(data) > self._zinfo.file_size:
                data = data[:self._zinfo.file_size]
            if len(data) < self._zinfo.file_size:
                raise EOFError
            if zlib.crc32(data) != self._zinfo.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            self._data = data
        return self._data

    def readable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        data = self._contents()
        end = len(data) if n is None or n < 0 else min(len(data), self._pos + n)
        chunk = data[self._pos:end]
        self._pos = end
        return chunk

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        data = self._contents()
        return data[self._pos:self._pos + 512]

    def readline(self, limit=-1):
        data = self._contents()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        line = data[self._pos:end]
        self._pos = end
        return line

    def seek(self, offset, whence=0):
        data = self._contents()
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += len(data)
        elif whence != 0:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        self._pos = max(0, min(offset, len(data)))
        return self._pos

    def tell(self):
        if self._closed:
            raise ValueError("tell on closed file.")
        return self._pos


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written (ZipFile.open(name, 'w'), writestr)."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = None
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            self._compressor = zlib.compressobj(
                zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                zlib.DEFLATED, -15)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self._closed = False

    @property
    def _fileobj(self):
        return self._zipfile.fp

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        nbytes = len(data)
        self._file_size += nbytes
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            zinfo = self._zinfo
            if self._compressor:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                self._fileobj.write(tail)
                zinfo.compress_size = self._compress_size
            else:
                zinfo.compress_size = self._file_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using "
                                       "force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try "
                                       "using force_zip64")
            zf = self._zipfile
            zf.start_dir = self._fileobj.tell()
            self._fileobj.seek(zinfo.header_offset)
            self._fileobj.write(zinfo.FileHeader(self._zip64))
            self._fileobj.seek(zf.start_dir)
            zf.filelist.append(zinfo)
            zf.NameToInfo[zinfo.filename] = zinfo
        finally:
            self._zipfile._writing = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class ZipFile:
    """A ZIP archive in a file object: ZipFile(file, mode='r',
    compression=ZIP_STORED, allowZip64=True, compresslevel=None)."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, compresslevel=None, *, strict_timestamps=True,
                 metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if self.metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for "
                             "reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            self.fp = open(file, {'r': 'rb', 'w': 'w+b', 'x': 'x+b',
                                  'a': 'r+b'}[mode])
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._seekable = True
        self._writing = False
        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._didModify = True
                self.start_dir = self.fp.tell()
            else:
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__,
                              self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _RealGetContents(self):
        # Read the central directory into filelist and NameToInfo.
        fp = self.fp
        try:
            endrec = end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        size_cd = endrec[5]
        offset_cd = endrec[6]
        self._comment = endrec[8]
        concat = endrec[9] - size_cd - offset_cd
        if endrec[0] == stringEndArchive64:
            concat -= (sizeEndCentDir64 + sizeEndCentDir64Locator)
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        total = 0
        while total < size_cd:
            centdir = data[total:total + sizeCentralDir]
            if len(centdir) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            centdir = struct.unpack(structCentralDir, centdir)
            if centdir[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            start = total + sizeCentralDir
            name_len, extra_len, comment_len = centdir[12], centdir[13], centdir[14]
            flags = centdir[5]
            filename = decode_name(data[start:start + name_len], flags,
                                   self.metadata_encoding)
            x = ZipInfo(filename)
            x.extra = data[start + name_len:start + name_len + extra_len]
            x.comment = data[start + name_len + extra_len:
                             start + name_len + extra_len + comment_len]
            x.header_offset = centdir[18]
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d, x.CRC, x.compress_size,
             x.file_size) = centdir[1:12]
            if x.extract_version > 63:
                raise NotImplementedError("zip file version %.1f" %
                                          (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            total = start + name_len + extra_len + comment_len
        end_offset = self.start_dir
        for zinfo in sorted(self.filelist, key=lambda z: z.header_offset,
                            reverse=True):
            zinfo._end_offset = end_offset
            end_offset = zinfo.header_offset

    def namelist(self):
        """A list of the archive's member names."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """A list of the archive's ZipInfo objects."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"),
              file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size),
                  file=file)

    def testzip(self):
        """The name of the first bad member, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of a member."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """Set default password for encrypted files."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The comment text associated with the ZIP file."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """Return the bytes of a member."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A member as a file-like object: ZipExtFile to read ('r'), or a
        writer ('w') that adds it when closed."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and (mode == "w"):
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        fheader = fp.read(sizeFileHeader)
        if len(fheader) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fheader = struct.unpack(structFileHeader, fheader)
        if fheader[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        fname = fp.read(fheader[10])
        if fheader[11]:
            fp.read(fheader[11])
        if zinfo.flag_bits & MASK_COMPRESSED_PATCH:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & MASK_STRONG_ENCRYPTION:
            raise NotImplementedError("strong encryption (flag bit 6)")
        fname_str = decode_name(fname, fheader[3], self.metadata_encoding)
        if fname_str != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, fname))
        if zinfo.flag_bits & MASK_ENCRYPTED:
            if not pwd:
                pwd = self.pwd
            if pwd and not isinstance(pwd, bytes):
                raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
            if not pwd:
                raise RuntimeError("File %r is encrypted, password required "
                                   "for extraction" % name)
            raise NotImplementedError("encrypted members are not supported "
                                      "on the playground")
        _check_compression(zinfo.compress_type)
        raw = fp.read(zinfo.compress_size)
        return ZipExtFile(raw, mode, zinfo)

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False "
                             "when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (force_zip64 or
                                      zinfo.file_size * 1.05 > ZIP64_LIMIT)
        self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            requires_zip64 = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                requires_zip64 = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                requires_zip64 = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                requires_zip64 = "Zipfile size"
            if requires_zip64:
                raise LargeZipFile(requires_zip64 +
                                   " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None,
              compresslevel=None):
        """Add the named file from the file system (which the playground
        does not have: open() raises)."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists")
        with open(filename, "rb") as src:
            data = src.read()
        self.writestr(arcname or os.path.basename(filename), data,
                      compress_type, compresslevel)

    def writestr(self, zinfo_or_arcname, data, compress_type=None,
                 compresslevel=None):
        """Add a member named zinfo_or_arcname (or described by a
        ZipInfo) holding data (str is encoded as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=now_date_time())
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode='w') as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory inside the zip archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self.fp.write(zinfo.FileHeader(False))
        self.start_dir = self.fp.tell()

    def extract(self, member, path=None, pwd=None):
        """Extract a member to the file system (which the playground does
        not have)."""
        raise PermissionError("ZipFile.extract() needs the file system, "
                              "which the playground does not have")

    def extractall(self, path=None, members=None, pwd=None):
        raise PermissionError("ZipFile.extractall() needs the file system, "
                              "which the playground does not have")

    def __del__(self):
        pass

    def close(self):
        """Close the archive, writing the central directory when it
        changed."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _write_end_record(self):
        for zinfo in self.filelist:
            self.fp.write(zinfo.central_record())
        pos2 = self.fp.tell()
        count = len(self.filelist)
        size = pos2 - self.start_dir
        offset = self.start_dir
        requires_zip64 = None
        if count > ZIP_FILECOUNT_LIMIT:
            requires_zip64 = "Files count"
        elif offset > ZIP64_LIMIT:
            requires_zip64 = "Central directory offset"
        elif size > ZIP64_LIMIT:
            requires_zip64 = "Central directory size"
        if requires_zip64:
            if not self._allowZip64:
                raise LargeZipFile(requires_zip64 +
                                   " would require ZIP64 extensions")
            zip64endrec = struct.pack(structEndArchive64, stringEndArchive64,
                                      44, 45, 45, 0, 0, count, count, size,
                                      offset)
            self.fp.write(zip64endrec)
            self.fp.write(struct.pack(structEndArchive64Locator,
                                      stringEndArchive64Locator, 0, pos2, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        self.fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0,
                                  count, count, size, offset,
                                  len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()
