# StringIO's newline modes, and io.BytesIO: bytes in, bytes out, seeking
# relative to the end, readline, getbuffer, and errors.
import io

for mode in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=mode)
    s.write('one\ntwo\r\nthree\rfour')
    s.seek(0)
    print(repr(mode), repr(s.getvalue()), s.readlines(), s.newlines)

b = io.BytesIO(b'first line\nsecond line\n')
print(type(b), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
print(b.readline(), b.tell())
print(b.read(6), b.read())
print(b.seek(-5, io.SEEK_END), b.read())
print(b.seek(-100, io.SEEK_CUR), b.tell())
b.seek(0, 2)
print(b.write(b'third\n'), b.write(bytearray(b'xy')))
print(b.getvalue())
print(list(io.BytesIO(b'a\nb\nc')))
b.seek(30)
b.write(b'Z')
print(b.getvalue())
view = b.getbuffer()
print(len(view), bytes(view[:5]))
del view
print(b.truncate(5), b.getvalue(), b.tell())
target = bytearray(3)
b.seek(1)
print(b.readinto(target), target)
for make in [lambda: b.write('text'), lambda: b.seek(-1), lambda: io.BytesIO('s')]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print('ValueError:', e)

w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
print(w.write('héllo\n'), w.encoding)
w.flush()
print(w.buffer.getvalue())
