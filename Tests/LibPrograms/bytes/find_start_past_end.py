# find/index/count with a start past the end find nothing, not even the
# empty needle (as str does); negative starts count from the end.
for data in [b'', b'abc', bytearray(b'abc')]:
    n = len(data)
    row = []
    for start in [0, n, n + 1, n + 5, -1, -10]:
        row.append((start, data.find(b'', start), data.rfind(b'', start), data.count(b'', start),
                    data.find(b'c', start), data.count(b'c', start)))
    print(type(data).__name__, row)
for call in [lambda: b'abc'.index(b'', 4), lambda: b'abc'.rindex(b'', 9), lambda: b'abc'.index(b'', 3)]:
    try:
        print(call())
    except ValueError as e:
        print('ValueError', e)
print(b'abc'.find(b'', 2, 1), b'abc'.count(b'', 1, 2), b'aaa'.count(b'a', 1), b'aaa'.count(b'', -2))
print('abc'.find('', 4), 'abc'.count('', 4), 'abc'.find('', 3))
