# Subclasses of bytes, bytearray, str, int, float, tuple, complex and frozenset made with T.__new__(Sub, ...): type, __dict__ and repr.
class B(bytes): pass
b = B(b"x"); b.attr = 1; print(b, b.attr, type(b))
c = bytes.__new__(B, [65]); c.y = 2; print(c, c.y, type(c), c.__dict__)
class BA(bytearray): pass
d = BA(b"q"); d.z = 3; print(d, d.z)
class S(str): pass
s = str.__new__(S, "hi"); s.k = 1; print(s, s.k)
class I(int): pass
i = int.__new__(I, 5); i.k = 1; print(i, i.k)
class F(float): pass
f = float.__new__(F, 5); f.k = 1; print(f, f.k)
class T(tuple): pass
t = tuple.__new__(T, (1,)); t.k = 1; print(t, t.k)
class C(complex): pass
c = complex.__new__(C, 1, 2); c.k = 1; print(c, c.k)
class FS(frozenset): pass
fs = frozenset.__new__(FS, [1]); fs.k = 1; print(fs, fs.k)
