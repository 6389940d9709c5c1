# binascii: hex, base64 (strict and lenient), crc32, crc_hqx, and errors.
import binascii

print(binascii.hexlify(b"\x00\xffabc"), binascii.b2a_hex(bytearray(b"xyz")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2), binascii.hexlify(b"", "-"))
print(binascii.unhexlify(b"00ffABcd"), binascii.a2b_hex("6869"), binascii.unhexlify(bytearray(b"")))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.b2a_base64(b""))
print(binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGVs bG8="), binascii.a2b_base64(b"aGVsbG8=garbage"))
print(binascii.a2b_base64(b"aGVsbG8=", strict_mode=True), binascii.a2b_base64(b"YQ=x="), binascii.a2b_base64(b""))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5), binascii.crc32(memoryview(b"x" * 1000)))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 70000))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__)

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: binascii.unhexlify(b"abc"))
attempt(lambda: binascii.unhexlify(b"zz"))
attempt(lambda: binascii.unhexlify("\u00e9\u00e9"))
attempt(lambda: binascii.unhexlify(5))
attempt(lambda: binascii.hexlify("text"))
attempt(lambda: binascii.hexlify(b"ab", "--"))
attempt(lambda: binascii.a2b_base64(b"abcde"))
attempt(lambda: binascii.a2b_base64(b"abcdef"))
attempt(lambda: binascii.a2b_base64(b"ab!c", strict_mode=True))
attempt(lambda: binascii.a2b_base64(b"==ab", strict_mode=True))
attempt(lambda: binascii.a2b_base64(b"abcd=", strict_mode=True))
attempt(lambda: binascii.a2b_base64(b"ab==cd", strict_mode=True))
attempt(lambda: binascii.a2b_base64(b"ab=c", strict_mode=True))
attempt(lambda: binascii.b2a_base64("x"))
attempt(lambda: binascii.crc32("x"))
try:
    binascii.a2b_base64(b"a")
except binascii.Error as e:
    print("caught", e)
for s in [b"abcd==", b"abcd=e", b"ab=", b"ab===", b"abc=d", b"=", b"a=bc", b"ab=\n", b"abcd=ab=="]:
    attempt(lambda: binascii.a2b_base64(s, strict_mode=True))
    attempt(lambda: binascii.a2b_base64(s))
