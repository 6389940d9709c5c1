# hmac over hashlib: RFC 4231 / RFC 2202 vectors, incremental use, copy,
# digestmod spellings, hmac.digest, compare_digest and CPython's errors.
import hashlib
import hmac

print(hmac.new(b"\x0b" * 20, b"Hi There", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha512").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.md5).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod="sha1").hexdigest())

h = hmac.new(b"secret", digestmod=hashlib.sha256)
print(h.name, h.digest_size, h.block_size)
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest())
print(c.hexdigest())
print(h.digest() == hmac.digest(b"secret", b"part one, part two", "sha256"))
print(hmac.new(bytearray(b"k"), b"m", "sha224").hexdigest())

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"a", b"ab"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"x"), b"x"))

# Signing and verifying messages, as a web app would.
def sign(key, message):
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()

key = b"server-key"
token = sign(key, "user=alice")
for message, sig in [("user=alice", token), ("user=mallory", token)]:
    print(message, hmac.compare_digest(sign(key, message), sig))

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hmac.new(b"k", b"m"))
attempt(lambda: hmac.new("k", b"m", "sha256"))
attempt(lambda: hmac.new(b"k", "m", "sha256"))
attempt(lambda: hmac.compare_digest("a", b"a"))
attempt(lambda: hmac.compare_digest("\u00e9", "\u00e9"))
attempt(lambda: hmac.compare_digest(1, 2))
attempt(lambda: hmac.new(b"k", b"m", "nope"))
attempt(lambda: hmac.compare_digest(b"a", 1))
attempt(lambda: hmac.compare_digest("a", 1))
