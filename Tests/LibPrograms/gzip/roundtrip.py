import gzip
import io

DATA = b'The quick brown fox jumps over the lazy dog.\n' * 20 + b'last line without newline'
blob = gzip.compress(DATA)
print(len(blob), blob[:10].hex(), blob[-8:].hex())
print(gzip.decompress(blob) == DATA)
print(gzip.compress(b'', mtime=0).hex(), gzip.compress(b'abc', compresslevel=1, mtime=5).hex())
print(gzip.compress(b'abc', compresslevel=6, mtime=5).hex())
print(gzip.decompress(gzip.compress(b'one', mtime=1) + b'\0\0' + gzip.compress(b'two', mtime=2)))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    print(f.write(b'hello '), f.write(b'world\nsecond line\n'), f.tell(), f.writable(), f.readable())
print(buf.getvalue().hex())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(5), f.read(1), f.readline(), f.mtime, f.tell())
    print(f.read(), f.read())
    f.seek(0)
    print(f.readlines(), f.peek(3))
buf.seek(0)
with gzip.open(buf, 'rt', encoding='utf-8') as t:
    print(repr(t.read()))

named = io.BytesIO()
named.name = 'report.txt.gz'
with gzip.GzipFile(fileobj=named, mode='w', mtime=1000) as g:
    g.write(b'x' * 10)
print(named.getvalue()[:25])

text = io.BytesIO()
with gzip.open(text, 'wt', encoding='utf-8') as t:
    t.write('caf\u00e9\n')
print(gzip.decompress(text.getvalue()).decode())

for bad in [b'not gzip', b'\x1f\x8b\x09' + b'\0' * 7, blob[:20], blob[:-8], blob[:-4] + b'\0\0\0\0',
            blob[:-1] + b'\x00', b'', b'\x1f\x8b']:
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError, OSError) as e:
        print(type(e).__name__, e)
g = gzip.GzipFile(fileobj=io.BytesIO(blob))
try:
    g.write(b'x')
except OSError as e:
    print(e.errno, e.strerror)
g.close()
try:
    g.read()
except ValueError as e:
    print(e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    w.read()
except OSError as e:
    print(e.errno, e.strerror)
for call in [lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt'), lambda: gzip.open(io.BytesIO(), 'rbt'),
             lambda: gzip.open(io.BytesIO(), 'rb', encoding='x'), lambda: gzip.open(5),
             lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
