# The bytes pickle.dumps writes for the common types, every protocol:
# identical to CPython's C pickler; and loads() of each gives the value back.
import pickle

big = 2 ** 100
rec = [1]
rec.append(rec)
shared = ['s', 's']
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129,
        2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 64, -big, 255 ** 40,
        1.5, -0.0, float('inf'), 1e100, '', 'abc', 'é\n\\x\0\r\x1a',
        '\u1234\U0001F600', b'', b'ab', bytearray(b'ab'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2],
        {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, {1, 2, 3}, set(), frozenset(),
        frozenset({4, 5}), (shared, shared), [(), ()], rec, len, int, type(None)]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    for obj in objs:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        same = repr(back) == repr(obj)
        print(' ', repr(obj)[:30], data, same)

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.format_version)
print(pickle.dumps(list(range(1005)))[-40:])
print(len(pickle.dumps(list(range(2500)), 2)), len(pickle.dumps({i: i for i in range(1001)})))
print(pickle.dumps(set(range(1001)))[-30:], len(pickle.dumps('x' * 300)), pickle.dumps(b'y' * 300)[:20])
print(pickle.loads(pickle.dumps(list(range(2500)), 1)) == list(range(2500)))
print(pickle.dumps(-1, protocol=-1))
