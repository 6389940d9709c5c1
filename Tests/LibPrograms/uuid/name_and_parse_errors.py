# uuid parsing, field access and comparison errors; uuid3/uuid5 names must
# be str (CPython 3.11 hashes bytes(name, 'utf-8')).
import uuid
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
u = uuid.UUID('a8098c1a-f86e-11da-bd1a-00112444be1e')
t(lambda: (u.version, u.variant, u.time, u.clock_seq, u.node, u.time_mid, u.time_hi_version))
t(lambda: uuid.UUID('A8098C1A-F86E-11DA-BD1A-00112444BE1E') == u); t(lambda: uuid.UUID('a8098c1af86e11dabd1a00112444be1e'))
t(lambda: uuid.UUID(' a8098c1a-f86e-11da-bd1a-00112444be1e ')); t(lambda: uuid.UUID('a8098c1a-f86e-11da-bd1a-00112444be1e', version=4))
t(lambda: uuid.UUID(int=u.int, version=9)); t(lambda: uuid.UUID(bytes=u.bytes, bytes_le=u.bytes_le)); t(lambda: uuid.UUID()); t(lambda: uuid.UUID(5))
t(lambda: u < 'x'); t(lambda: u == str(u)); t(lambda: u.__lt__(1)); t(lambda: sorted([uuid.UUID(int=2), uuid.UUID(int=1)])[0].int); t(lambda: bytes(u) if hasattr(u, '__bytes__') else u.bytes)
t(lambda: setattr(u, 'int', 5)); t(lambda: delattr(u, 'int')); t(lambda: u.__dict__ if hasattr(u, '__dict__') else 'slots'); t(lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)))
t(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes name')); t(lambda: uuid.uuid5('not uuid', 'x')); t(lambda: uuid.uuid5(uuid.NAMESPACE_DNS, 5))
