# sorted()/list.sort() call the key on a single item too, and reverse=
# takes an integer.
calls = []


def key(x):
    calls.append(x)
    return -x


print(sorted([5], key=key), calls, sorted([], key=key), calls)
items = [7]
items.sort(key=key)
print(items, calls)
try:
    sorted(['x'], key=len.__call__ if False else 5)
except TypeError as e:
    print('TypeError:', e)
for rev in (True, 0, 2, 'yes', 1.0, None):
    try:
        print(repr(rev), sorted([2, 1, 3], reverse=rev))
    except TypeError as e:
        print(repr(rev), 'TypeError:', e)
print(max([4], key=key), min([9], key=key), calls)
