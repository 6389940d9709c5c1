# hashlib.blake2b/blake2s: digest sizes, keyed hashing, salt and
# personalisation, incremental updates across block boundaries, copies.
import hashlib

for n in [0, 1, 63, 64, 65, 127, 128, 129, 200]:
    data = bytes(range(256))[:n] if n <= 256 else b"x" * n
    print(n, hashlib.blake2b(data).hexdigest()[:32], hashlib.blake2s(data).hexdigest()[:32])
print(hashlib.blake2b(b"abc", digest_size=32).hexdigest())
print(hashlib.blake2s(b"abc", digest_size=16).hexdigest(), hashlib.blake2s(digest_size=1).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret key").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, digest_size=20).hexdigest())
print(hashlib.blake2b(b"abc", digest_size=20, key=b"key", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2s(b"abc", salt=b"12345678", person=b"ABCDEFGH").hexdigest())
print(hashlib.blake2b(key=b"only key").hexdigest()[:40])
h = hashlib.blake2b(digest_size=16, key=b"k")
for i in range(50):
    h.update(bytes([i]) * i)
c = h.copy()
c.update(b"more")
print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.new("blake2b", b"abc", digest_size=16).hexdigest(), hashlib.new("blake2s", b"").digest_size)
print(hashlib.blake2b(b"x", fanout=1, depth=1, last_node=False).hexdigest()[:16])

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hashlib.blake2b(key=b"k" * 65))
attempt(lambda: hashlib.blake2b(salt=b"s" * 17))
attempt(lambda: hashlib.blake2s(person=b"p" * 9))
attempt(lambda: hashlib.blake2s(digest_size=0))
attempt(lambda: hashlib.blake2b(digest_size=65))
attempt(lambda: hashlib.blake2b(key="text"))
attempt(lambda: hashlib.blake2b("text"))
