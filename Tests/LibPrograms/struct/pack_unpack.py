# struct: every format code, byte orders, alignment, Struct objects,
# pack_into/unpack_from/iter_unpack, and struct.error's messages.
import struct
from struct import Struct, pack, unpack, calcsize

print(pack("<bBhHiIlLqQ", -1, 255, -300, 65000, -70000, 4000000000, -5, 7, -(2**63), 2**64 - 1))
print(pack(">bBhHiIlLqQ", -1, 255, -300, 65000, -70000, 4000000000, -5, 7, -(2**63), 2**64 - 1))
print(pack("@bhiq", 1, 2, 3, 4), pack("=bhiq", 1, 2, 3, 4), pack("!I", 1))
print(unpack("<bBhHiIlLqQ", pack("<bBhHiIlLqQ", -1, 255, -300, 65000, -70000, 4000000000, -5, 7, -(2**63), 2**64 - 1)))
print(pack("nN", -3, 2**63), unpack("nNP", pack("nNP", -3, 2**63, 4096)))
print(pack("<?c3s5p2x", [], b"z", b"abcdef", b"hi"), unpack("<?c3s5p2x", b"\x05zabc\x02hi\x00\x00\x00\x00"))
print(pack("<e", 1.5), pack("<f", 0.1), pack("<d", 0.1), pack(">e", -0.0))
print(unpack("<efd", pack("<efd", 65504.0, 3.14159, 2.718281828459045)))
print(unpack("<e", pack("<e", 1.0009765625)), unpack("<e", pack("<e", 1.00048828125)), unpack("<e", b"\x01\x00"))
print(pack("<f", float("inf")), pack("<d", float("-inf")), unpack("<f", pack("<f", float("nan")))[0] != 0)
print(pack("f", 1e300), pack("<d", 1), pack("<i", True))
for fmt in ["", "b", "bh", "bi", "bq", "bd", "ib", "3s", "3x", "0i", "i0q", "<bi", "=bq", "!xq", "10p", "2h3c", "b h  i"]:
    print(repr(fmt), calcsize(fmt))
print(pack("i x 2h", 1, 2, 3), calcsize(b"<qq"))

s = Struct("<hHi")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"))
print(Struct(b">d").format, Struct(format="<I").size, type(s).__name__)
buf = bytearray(12)
s.pack_into(buf, 2, -1, 65535, 7)
struct.pack_into(">H", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buffer=buf, offset=2), struct.unpack_from("<h", buf))
print(struct.unpack_from("<H", buf, offset=-2), struct.unpack_from("<b", bytes(buf), 3))
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
print(list(s.iter_unpack(bytes(16))))

# A record format, as a binary file parser would use it.
record = Struct("<4sHHI")
packed = b"".join(record.pack(b"REC" + bytes([48 + i]), i, i * i, 1000 * i) for i in range(3))
for tag, a, b, c in record.iter_unpack(packed):
    print(tag.decode(), a, b, c)

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

for fmt, value in [("b", 128), ("B", -1), ("h", 40000), ("<H", 70000), ("i", 2**31), (">i", -2**31 - 1),
                   ("I", -1), ("I", 2**32), ("<L", 2**32), ("<l", 2**31), ("q", 2**63), ("Q", -1), ("n", 2**63),
                   ("i", 1.5), ("i", "3"), ("i", None), ("d", "x"), ("f", None), ("<f", 1e300), ("e", 1e6),
                   ("c", b"ab"), ("c", "a"), ("s", "text"), ("p", 1), ("P", 2**64)]:
    attempt(lambda: pack(fmt, value))
for fmt in ["<n", "z", "3", "1 i", "99999999999999999999i"]:
    attempt(lambda: calcsize(fmt))
attempt(lambda: pack("i", 1, 2))
attempt(lambda: pack("ii", 1))
attempt(lambda: pack())
attempt(lambda: unpack("i", b"abc"))
attempt(lambda: unpack("i", "abcd"))
attempt(lambda: unpack("i"))
attempt(lambda: Struct(1))
attempt(lambda: struct.unpack_from("i", b"abc", 1))
attempt(lambda: struct.unpack_from("i", b"abcdef", -10))
attempt(lambda: struct.pack_into("i", b"abcdef", 0, 1))
attempt(lambda: struct.pack_into("i", bytearray(6), 4, 1))
attempt(lambda: struct.pack_into("i", bytearray(6), -10, 1))
attempt(lambda: struct.pack_into("i", bytearray(6), -2, 1))
attempt(lambda: struct.pack_into("i", bytearray(4)))
attempt(lambda: struct.pack_into("i", bytearray(4), 0))
attempt(lambda: struct.iter_unpack("i", b"abcde"))
attempt(lambda: struct.iter_unpack("", b""))
print(issubclass(struct.error, Exception), struct.error.__module__)
try:
    unpack("<I", b"\x00")
except struct.error as e:
    print("caught", e)
