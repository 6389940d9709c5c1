# secrets.compare_digest accepts two ASCII strs or two bytes-like objects,
# with the C implementation's TypeErrors for anything else.
import secrets

for a, b in [('a', b'a'), (b'a', 'a'), (1, 1), (1, b'a'), (bytearray(b'a'), b'a'), (memoryview(b'a'), b'a'),
             ('a', 1), ('abc', 'abc'), ('é', 'é'), (b'x', b'y'), ('token', 'tokem')]:
    try:
        print(type(a).__name__, type(b).__name__, secrets.compare_digest(a, b))
    except TypeError as e:
        print(type(a).__name__, type(b).__name__, "TypeError", e)
