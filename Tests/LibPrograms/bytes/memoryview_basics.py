# memoryview over bytes and bytearray: indexing, slicing as views that
# share the buffer, writes through a view, conversions, and error paths.
data = bytearray(b'header:payload')
view = memoryview(data)
print(len(view), view[0], view[-1], view.readonly, view.nbytes, view.itemsize, view.format, view.ndim, view.shape)
payload = view[7:]
print(bytes(payload), payload.tobytes(), payload.tolist()[:3], payload.hex(), payload.nbytes, payload.obj is data)
payload[0] = ord('P')
view[0:6] = b'HEADER'
print(data, bytes(view[::2]), view[::-1].tobytes()[:4], list(view[1:4]), 80 in payload)
ro = memoryview(b'frozen')
print(ro.readonly, ro == b'frozen', ro[1:3] == b'ro', b''.join([ro[:2], b'-', memoryview(b'x')]), hash(ro) == hash(b'frozen'))
print(bytearray(ro[2:]), int.from_bytes(memoryview(b'\x01\x02'), 'big'), str(bytes(memoryview(b'ok')), 'ascii'))
with memoryview(b'abc') as m:
    print(m.tobytes(), str(memoryview(b'\xc3\xa9'), 'utf-8'), str(b'caf\xe9', 'latin-1'), str(bytearray(b'x'), encoding='ascii'))
for bad in (lambda: ro.__setitem__(0, 1), lambda: memoryview('text'), lambda: view.__setitem__(0, 300),
            lambda: view[100], lambda: m[0], lambda: str('s', 'utf-8'), lambda: str(b'\xff', 'utf-8'), lambda: hash(view), lambda: view.__setitem__(slice(0, 2), b'xyz')):
    try:
        bad()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
