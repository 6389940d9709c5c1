# io.StringIO as programs use it: building text, reading it back line by
# line, seek/tell/truncate, print(file=...), context managers, and CPython's
# errors for misuse.
import io

buf = io.StringIO()
print(type(buf), isinstance(buf, io.TextIOBase), isinstance(buf, io.IOBase))
print(buf.write('hello '), buf.write('world\n'))
print('second line', 42, sep=' | ', file=buf)
print(repr(buf.getvalue()))
print(buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(6)), repr(buf.read()))
print(repr(buf.read()), repr(buf.readline()))
buf.seek(6)
buf.write('WORLD')
print(repr(buf.getvalue()))
print(buf.truncate(11), repr(buf.getvalue()), buf.tell())
buf.seek(20)
buf.write('!')
print(repr(buf.getvalue()))

src = io.StringIO('alpha\nbeta\n\ngamma')
print(src.tell(), src.readable(), src.writable(), src.seekable())
for n, line in enumerate(src, 1):
    print(n, repr(line))
src.seek(0)
print(src.readlines())
src.seek(0)
print(src.readlines(7))
src.seek(0, io.SEEK_END)
print(src.tell(), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(repr(io.StringIO('abc\ndef').readline(2)))

with io.StringIO() as f:
    f.writelines(['a', 'b', 'c\n'])
    print(f.getvalue(), end='')
    print(f.closed)
print(f.closed)
for op in [f.getvalue, f.read, lambda: f.write('x'), lambda: f.seek(0), f.tell]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)

errors = [
    lambda: io.StringIO(5),
    lambda: io.StringIO('', newline='x'),
    lambda: io.StringIO().write(b'bytes'),
    lambda: io.StringIO().seek(-1),
    lambda: io.StringIO('abc').seek(1, 1),
    lambda: io.StringIO('abc').seek(-1, 2),
    lambda: io.StringIO().seek(0, 3),
    lambda: io.StringIO().truncate(-2),
    lambda: io.StringIO().fileno(),
    lambda: io.StringIO().detach(),
]
for make in errors:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO().read(), io.StringIO(None).getvalue() == '')
