# dict views (set algebra, comparison, live updates), bytes, dir(), and the
# lazy iterator types as classes.
d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 2 in k, 'b' in v, (3, 'c') in it, (3, 'x') in it)
print(k & {2, 3, 4}, k | [5], k - {1}, k ^ {3, 9}, {0, 1} & k, [9] | k if False else {9} | k)
print(it & {(1, 'a'), (9, 'z')}, k == {1, 2, 3}, k == {1, 2}, k != {1}, k <= {1, 2, 3, 4}, k < {1, 2, 3})
d[4] = 'd'
print(list(k), list(v), len(it), sorted(k, reverse=True), list(reversed(k)), list(reversed(v)))
b = 'héllo'.encode()
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), 104 in b, b'll' in b, b.decode(), b.hex())
print(b + b'!', b * 2, b == 'héllo'.encode('utf-8'), b < b'i', bytes(3), bytes([65, 66]), bytes('hi', 'utf-8'))
print({b'k': 1}[b'k'], b'k' in {b'k', b'j'}, len({b'x', 'x'.encode()}))
print(repr(b"it's"), repr(b'say "x"'), (258).to_bytes(2, 'big'), int.from_bytes(b'\x01\x02', 'little'))
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(map(abs, []), map))
print(type(filter(None, [])) is filter, enumerate.__name__, issubclass(zip, object))
class Node:
    kind = 'leaf'
    def __init__(self):
        self.value = 1
    def walk(self):
        pass
print([n for n in dir(Node()) if not n.startswith('__')], 'walk' in dir(Node), dir(3) == dir(int))
def scope():
    alpha, beta = 1, 2
    return dir()
print(scope())
for bad in [lambda: b[10], lambda: bytes('x'), lambda: bytes([300]), lambda: 'x'.encode('latin-9-unknown'),
            lambda: (1).to_bytes(1, 'middle'), lambda: (-1).to_bytes(1, 'big')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
