# secrets: token lengths and alphabets, randbelow/choice ranges,
# compare_digest and errors (values are random, so only their shape is
# printed).
import secrets
import string

print(len(secrets.token_bytes(16)), len(secrets.token_bytes()), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(8)
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u), len(secrets.token_urlsafe(3)), len(secrets.token_urlsafe(4)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(50)), secrets.choice('aaa'), 0 <= secrets.randbits(4) < 16)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest(b'x', b'x'))
for bad in (lambda: secrets.randbelow(0), lambda: secrets.compare_digest('a', b'a'), lambda: secrets.choice([])):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
