# zlib: checksums, one-shot compress/decompress with levels and wbits
# (zlib, raw deflate, gzip), streaming objects, and zlib.error messages.
import zlib

text = b"The quick brown fox jumps over the lazy dog. " * 20
print(zlib.crc32(text), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b""), zlib.crc32(b"a", -1))
print(zlib.adler32(text), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b""), zlib.adler32(b"a", 0))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)

for level in [-1, 0, 1, 6, 9]:
    c = zlib.compress(text, level)
    print(level, len(c), c[:6], zlib.decompress(c) == text)
print(zlib.compress(b"hello"), zlib.compress(b"", 9), zlib.compress(bytearray(b"abc"), level=1))
raw = zlib.compress(text, wbits=-15)
gz = zlib.compress(text, 9, 31)
print(len(raw), raw[:4], gz[:4], len(gz))
print(zlib.decompress(raw, -15) == text, zlib.decompress(gz, 31) == text, zlib.decompress(gz, 47) == text)
print(zlib.decompress(zlib.compress(text), 47) == text, zlib.decompress(zlib.compress(text), bufsize=1) == text)
big = bytes(range(256)) * 400
print(len(zlib.compress(big)), zlib.decompress(zlib.compress(big)) == big)

co = zlib.compressobj(9, zlib.DEFLATED, -15)
stream = co.compress(text[:300]) + co.compress(text[300:]) + co.flush()
print(type(co).__name__, len(stream), stream == zlib.compress(text, 9, -15))
co = zlib.compressobj()
parts = [co.compress(b"abc" * 100), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"xyz"), co.flush()]
print([len(p) for p in parts])
do = zlib.decompressobj()
print(type(do).__name__, do.decompress(b"".join(parts)), do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
data = zlib.compress(text) + b"trailing"
out = b""
for i in range(0, len(data), 7):
    out += do.decompress(data[i:i + 7])
print(out == text, do.eof, do.unused_data)

do = zlib.decompressobj()
first = do.decompress(zlib.compress(text), 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == text, do.eof, do.flush())

do = zlib.decompressobj(-15)
part = do.decompress(raw[:20])
print(len(part), text.startswith(part), do.eof, do.decompress(raw[20:]) == text[len(part):], do.eof)

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: zlib.decompress(b"not compressed"))
attempt(lambda: zlib.decompress(zlib.compress(text)[:-5]))
attempt(lambda: zlib.decompress(zlib.compress(text)[:20]))
attempt(lambda: zlib.decompress(raw))
attempt(lambda: zlib.compress(b"x", 12))
attempt(lambda: zlib.compress("text"))
attempt(lambda: zlib.crc32("text"))
attempt(lambda: zlib.decompress(zlib.compress(b"x"), wbits=50))
attempt(lambda: zlib.decompress(b"x", bufsize=-1))
attempt(lambda: zlib.compressobj(wbits=3))
attempt(lambda: zlib.compressobj(level=20))
attempt(lambda: zlib.decompressobj().decompress(b"garbage!"))
attempt(lambda: zlib.decompressobj().decompress(b"", -1))
print(issubclass(zlib.error, Exception), zlib.error.__module__)
