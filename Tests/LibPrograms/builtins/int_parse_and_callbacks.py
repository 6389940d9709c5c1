for s in ["12", " -7 ", "+0", "007", "1_000", "x", "", " ", "-", "12a", "١٢", "\t42\n", "99999999999999999999", "123456789012345678", "-123456789012345678", "1234567890123456789", "0x10", "1e3", "--1", "+-1", "\x1c5\x1c", "5 5"]:
    try: print(repr(s), int(s))
    except ValueError as e: print(repr(s), "ValueError", e)
print(int("10", 0), int("ff", 16), int(" 12 ", 10), int(b"34"), int("0b11", 0))
l = [1, 2, 3]; l.clear(); print(l)
t = [(i, i * 2) for i in range(5)]; del t
print(sorted([3, 1, 2], key=lambda x, y=1: -x * y), list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x, z=0: x > z, [-1, 2])), max([1, 5, 2], key=lambda v: -v))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(enumerate("ab")), list(zip([1, 2], "xy")))
for s in ['\x1c5', '5\x1c', '\x1c5.0', '\x855', '\u20035', '\xa05']:
    for f in (int, float):
        try: print(repr(s), f.__name__, f(s))
        except ValueError as e: print(repr(s), f.__name__, 'VE', e)
