import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr('hello.txt', 'Hello, world!\n')
    zf.writestr('data/numbers.csv', '\n'.join(str(i) for i in range(50)), compress_type=zipfile.ZIP_DEFLATED)
    zf.writestr('caf\u00e9.txt', b'accent')
    zf.writestr('empty/', '')
    info = zipfile.ZipInfo('fixed.bin', date_time=(2020, 5, 17, 13, 45, 31))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.comment = b'member comment'
    zf.writestr(info, b'\x00\x01' * 100, compresslevel=9)
    zf.mkdir('made')
    with zf.open('streamed.txt', 'w') as w:
        w.write(b'part one, ')
        w.write(b'part two')
    zf.comment = b'archive comment'
raw = buf.getvalue()
print(len(raw), raw[:30].hex())
print(raw[-60:])
print(zipfile.is_zipfile(io.BytesIO(raw)), zipfile.is_zipfile(io.BytesIO(b'not a zip')), zipfile.is_zipfile(io.BytesIO(b'')))

with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist(), zf.comment)
    for info in zf.infolist():
        print(info)
        print('  ', info.filename, info.date_time[:1], info.compress_type, info.file_size, info.compress_size,
              hex(info.CRC), info.header_offset, oct(info.external_attr >> 16), info.is_dir(),
              info.create_system, info.create_version, info.extract_version, info.flag_bits, info.comment)
    print(zf.read('hello.txt'), zf.read('data/numbers.csv')[:20], zf.read('caf\u00e9.txt'), zf.read('streamed.txt'))
    print(zf.read(zf.getinfo('fixed.bin'))[:6], zf.testzip())
    with zf.open('data/numbers.csv') as f:
        print(f, f.readline(), f.read(4), f.tell(), f.seek(0), f.read(3), f.readable(), f.seekable())
        print(len(f.readlines()), f.read())
    for line in zf.open('hello.txt'):
        print(line)
    zf.printdir()
    try:
        zf.getinfo('missing')
    except KeyError as e:
        print(e)
    try:
        zf.writestr('x', 'y')
    except ValueError as e:
        print(e)

appended = io.BytesIO(raw)
with zipfile.ZipFile(appended, 'a', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr('added.txt', 'appended ' * 10)
with zipfile.ZipFile(appended) as zf:
    print(zf.namelist()[-2:], zf.read('added.txt'), zf.comment)

fresh = io.BytesIO(b'prefix data ')
with zipfile.ZipFile(fresh, 'a') as zf:
    zf.writestr('only.txt', 'x')
print(fresh.getvalue()[:16], zipfile.ZipFile(fresh).read('only.txt'))
empty = io.BytesIO()
zipfile.ZipFile(empty, 'w').close()
print(empty.getvalue(), zipfile.ZipFile(empty).namelist())

zi = zipfile.ZipInfo('a\x00b.txt')
print(zi.filename, repr(zi.orig_filename), zi, zi.date_time)
for call in [lambda: zipfile.ZipFile(io.BytesIO(b'junk' * 10)), lambda: zipfile.ZipFile(io.BytesIO(), 'q'),
             lambda: zipfile.ZipFile(io.BytesIO(), 'w', compression=99), lambda: zipfile.ZipInfo('x', (1979, 1, 1, 0, 0, 0)),
             lambda: zipfile.ZipFile(io.BytesIO(raw)).open('hello.txt', 'x'),
             lambda: zipfile.ZipFile(io.BytesIO(), 'w', metadata_encoding='cp437')]:
    try:
        call()
    except (zipfile.BadZipFile, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
closed = zipfile.ZipFile(io.BytesIO(raw))
closed.close()
try:
    closed.read('hello.txt')
except ValueError as e:
    print(e)
corrupt = bytearray(raw)
at = raw.find(b'Hello')
corrupt[at] = ord('J')
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as zf:
    print(zf.testzip())
    try:
        zf.read('hello.txt')
    except zipfile.BadZipFile as e:
        print(e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile, zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
