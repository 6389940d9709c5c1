# Subclasses of int: construction through __new__, attributes, arithmetic
# returning plain ints, hashing/equality with ints, indexing, formatting,
# and str()/repr() of int and str subclasses. (float subclasses do not keep
# their type on the VM yet: not covered here.)
class Port(int):
    def __new__(cls, value, proto='tcp'):
        self = super().__new__(cls, value)
        self.proto = proto
        return self

    def __repr__(self):
        return f'Port({int(self)}/{self.proto})'


p = Port(8080)
q = Port('443', 'udp')
print(p, repr(q), str(q), p + 1, type(p + 1).__name__, p * 2, -q, abs(Port(-3)), p // 7, p % 7, p ** 2 > p)
print(isinstance(p, int), issubclass(Port, int), type(p).__name__, int(p), type(int(p)).__name__, p == 8080, hash(q) == hash(443))
print({443: 'https'}[q], [0, 1, 2, 3][Port(2)], 'ab' * Port(2), range(Port(3))[-1], bin(Port(5)), hex(q), f'{p:>8}|{q:05d}')
print(sorted([Port(3), 1, Port(2)]), max(Port(1), Port(9)), sum([Port(1), Port(2)]), divmod(Port(7), 2), round(Port(5)))
print(p.bit_length(), q.to_bytes(2, 'big'), Port.from_bytes(b'\x00\x50', 'big'), p.real, q.numerator)


class Flags(int):
    pass


f = Flags(6)
print(f, repr(f), f & 2, f | 1, f >> 1, f << 1, ~f, f ^ 3, bool(Flags(0)), Flags(), Flags('ff', 16))
f.note = 'attrs work'
print(f.note, vars(f))


class Name(str):
    def __repr__(self):
        return 'Name!'


n = Name('ann')
print(n, str(n), repr(n), f'{n}', '%s %r' % (n, n), [n], n.upper(), n + 'x')


for bad in (lambda: Port('x'), lambda: Port(1.5, 'tcp', 'extra'), lambda: Flags([])):
    try:
        bad()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
