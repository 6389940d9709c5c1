# bytearray: construction, mutation, slicing, the methods shared with
# bytes (results keep the bytearray type), comparison and error paths.
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], list(ba[:2]))
ba[0] = 72
ba[1:3] = b'EL'
ba += b' world'
ba.append(33)
ba.extend([32, 63])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
del ba[0]
del ba[-2:]
print(ba, ba.find(b'wor'), ba.count(b'l'), ba.index(b'o'), b'lo' in ba, 87 in bytearray(b'W'))
print(ba.upper(), ba.lower(), ba.split(), ba.replace(b'l', b'L'), ba.startswith(b'HE'), ba.hex())
print(bytearray(3), bytearray([1, 2, 255]), bytearray('é', 'utf-8'), bytearray(b'ab') * 2, bytearray(range(65, 68)))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', b'x' + bytearray(b'y'), bytearray(b'x') + b'y')
c = ba.copy()
c.reverse()
c.remove(ord('o'))
print(c, ba, c.decode(), bytes(c), bytearray.fromhex('41 42'), c.clear(), c)
print(bytearray(b'%d-%s') % (5, b'x'), bytearray(b'  pad ').strip(), bytearray(b'a,b').split(b','), bytearray(b'x').join([b'1', b'2']))
m = bytearray(b'0123456789')
m[::2] = b'abcde'
del m[1::3]
print(m, int.from_bytes(bytearray(b'\x01\x00'), 'big'), bytearray(b'hi').isalpha(), sum(bytearray(b'\x01\x02')))
for bad in (lambda: bytearray(b'x')[5], lambda: bytearray(b'').pop(), lambda: bytearray(b'x').remove(1),
            lambda: bytearray(b'x').append(256), lambda: bytearray('str'), lambda: hash(bytearray()),
            lambda: bytearray(b'x') + 'y', lambda: bytearray(-1), lambda: bytearray(b'ab').__setitem__(0, 'z'),
            lambda: bytearray(b'abc').__setitem__(slice(0, 3, 2), b'xyz'), lambda: bytearray(b'x').extend('ab')):
    try:
        bad()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
