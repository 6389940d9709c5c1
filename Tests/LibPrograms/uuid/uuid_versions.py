# uuid: parsing and formatting, fields, versions/variants, name-based
# uuid3/uuid5 (deterministic), uuid4 shape, comparisons and errors.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.time_low, u.node)
print(uuid.UUID(hex='12345678123456781234567812345678') == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u,
      uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, len(u.bytes), u.bytes_le[:4])
for ns, name in ((uuid.NAMESPACE_DNS, 'python.org'), (uuid.NAMESPACE_URL, 'https://example.com/x'), (uuid.NAMESPACE_OID, '1.3.6.1')):
    print(uuid.uuid3(ns, name), uuid.uuid5(ns, name), uuid.uuid5(ns, name).version)
r = uuid.uuid4()
print(r.version, r.variant == uuid.RFC_4122, len(str(r)), str(r).count('-'), isinstance(r.int, int))
t = uuid.uuid1()
print(t.version, t.variant, len(t.hex))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.UUID(int=1) < uuid.UUID(int=2), hash(u) == hash(uuid.UUID(str(u))), {u: 1}[uuid.UUID(str(u))])
print(uuid.NAMESPACE_DNS, uuid.RESERVED_NCS, uuid.UUID('00000000-0000-0000-0000-000000000000').version)
for bad in (lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'12'),
            lambda: uuid.UUID(hex='1' * 32, version=9)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
