# weakref.ref and weakref.proxy unpack 1 or 2 positional arguments as
# CPython's C constructors do, and take no keywords.
import weakref


class Node:
    pass


n = Node()
attempts = [
    ('ref()', lambda: weakref.ref()),
    ('ref(n, None, 3)', lambda: weakref.ref(n, None, 3)),
    ('ref(ob=n)', lambda: weakref.ref(ob=n)),
    ('ref(n, callback=None)', lambda: weakref.ref(n, callback=None)),
    ('proxy()', lambda: weakref.proxy()),
    ('proxy(n, None, 3)', lambda: weakref.proxy(n, None, 3)),
    ('proxy(n, callback=None)', lambda: weakref.proxy(n, callback=None)),
]
for text, attempt in attempts:
    try:
        attempt()
        print(text, 'accepted')
    except TypeError as e:
        print(text, 'TypeError:', e)
r = weakref.ref(n, None)
print(r() is n, weakref.ref(n) is r, weakref.proxy(n, None).__class__.__name__)
seen = []
r2 = weakref.ref(n, seen.append)
del n
print(len(seen), seen[0] is r2, r())
