# hashlib: every guaranteed algorithm, incremental updates, copies,
# new() by name, attributes, pbkdf2_hmac and CPython's errors.
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
             "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(" ", h.digest()[:8], hashlib.new(name, data).hexdigest() == h.hexdigest())

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

h = hashlib.sha256()
print(h.hexdigest())
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest(), c.hexdigest())
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(hashlib.md5(memoryview(b"abc")).hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest(), hashlib.md5(usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512", data=b"x").hexdigest()[:16])

s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.hexdigest(10), s.digest(4), len(hashlib.shake_256().digest(100)))
print(hashlib.blake2b(b"abc", digest_size=64).hexdigest()[:20], hashlib.new("blake2s").digest_size)

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha256", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40).hex())
print(hashlib.pbkdf2_hmac("sha512", b"k" * 200, b"", 3, dklen=70).hex())

# Large input, fed in chunks.
big = hashlib.sha256()
for i in range(1000):
    big.update(bytes([i % 256]) * 1000)
print(big.hexdigest())

def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hashlib.md5("text"))
attempt(lambda: hashlib.sha256(12))
attempt(lambda: hashlib.sha256().update("x"))
attempt(lambda: hashlib.new("nope"))
attempt(lambda: hashlib.new("md5", b"a", string=b"b"))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1))
attempt(lambda: hashlib.shake_128(b"").hexdigest(-1))
attempt(lambda: hashlib.blake2b(digest_size=65))
print(type(hashlib.md5()).__name__, type(hashlib.blake2b()).__name__)
