# memoryview.cast to the native single-character formats: item size, values
# (little-endian), writes with range and type checks, slicing a cast view,
# comparison across formats and the errors CPython 3.11 raises.
import asyncio

buf = bytearray(range(16))
m = memoryview(buf)
h = m.cast('H')
print(h.format, h.itemsize, len(h), h.nbytes, h.shape, h.strides, h.tolist())
print(h[0], h[-1], h[1:3].tolist(), h[::2].tolist(), list(h[4:]), 770 in h, 771 in h)
for code in ['b', 'c', '?', 'h', 'I', 'i', 'L', 'q', 'Q', 'N', 'n', 'P', 'f', 'd']:
    v = m.cast(code)
    print(code, v.format, v.itemsize, len(v), v.tolist()[:3])
print(memoryview(b'\xff\xfe').cast('b').tolist(), memoryview(b'\x00\x00\xc0\x3f').cast('f').tolist(),
      memoryview(b'ab').cast('c').tolist(), memoryview(b'\x00\x02').cast('?').tolist())

h[0] = 0xFFFF
h[5] = 7
print(buf.hex(' '), h.tolist())
h[1:3] = memoryview(b'\x01\x00\x02\x00').cast('H')
print(h.tolist(), bytes(h[1:3]), h[1:3].tobytes(), h.hex())
back = h.cast('B')
print(back.format, len(back), back.tolist()[:4])

writes = [('H', 70000), ('H', -1), ('H', 1.5), ('h', -40000), ('B', 256), ('B', 'x'), ('c', b'xy'), ('c', 5),
          ('d', 'nan'), ('q', 2 ** 63), ('Q', 2 ** 64 - 1), ('d', 2.5), ('?', [])]
for code, value in writes:
    v = memoryview(bytearray(8)).cast(code)
    try:
        v[0] = value
        print(code, repr(value), 'stored', v[0])
    except (TypeError, ValueError) as e:
        print(code, repr(value), type(e).__name__, e)

q = memoryview(b'\x01\x00\x02\x00').cast('H')
print(q == b'\x01\x00\x02\x00', q == memoryview(b'\x01\x00\x02\x00').cast('H'), q != q.cast('B'),
      q.cast('B') == b'\x01\x00\x02\x00', q.readonly, q.obj)
try:
    hash(q)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(q.cast('B')) == hash(b'\x01\x00\x02\x00'))

for args in [('x',), ('HH',), ('<H',), ('e',)]:
    try:
        m.cast(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
for view, args in [(h, ('I',)), (m[::2], ('H',)), (memoryview(b'abc'), ('H',)), (m, ('H', [5])), (m, ('H', 8))]:
    try:
        view.cast(*args)
    except TypeError as e:
        print(args, type(e).__name__, e)
print(m.cast('H', [8]).shape, m.cast('I', (4,)).tolist())
try:
    h[1:3] = b'\x00\x00\x00\x00'
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview(b'\x00\x00').cast('H')[0] = 1
except TypeError as e:
    print(type(e).__name__, e)


async def reader(stream):
    # length-prefixed frames read through a 'H' view of the header
    out = []
    while stream:
        await asyncio.sleep(0.1)
        (size,) = memoryview(stream[:2]).cast('H').tolist()
        out.append((asyncio.get_running_loop().time(), bytes(stream[2:2 + size])))
        del stream[:2 + size]
    return out

print(asyncio.run(reader(bytearray(b'\x03\x00abc\x00\x00\x01\x00z'))))
