tests = [
    lambda: [1, 2][5], lambda: {}["k"], lambda: int("abc"), lambda: float("x"), lambda: 1 + "a", lambda: "a" * 1.5,
    lambda: len(5), lambda: None(), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: "abc".index("z"),
    lambda: [1].index(2), lambda: (1, 2).index(3), lambda: iter(5), lambda: next(iter([])), lambda: int(None), lambda: abs("x"),
    lambda: sorted([1, "a"]), lambda: max([]), lambda: min(1), lambda: divmod(1, 0), lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0,
    lambda: 2 ** -1 // 0, lambda: chr(-1), lambda: ord("ab"), lambda: "x".join([1]), lambda: dict([1]), lambda: hash([]),
    lambda: {[]: 1}, lambda: frozenset([[]]), lambda: round("x"), lambda: sum(["a"]), lambda: sum([[1]], []) + 1,
    lambda: range(1.5), lambda: [1][1.0], lambda: "abc"[None:"x"], lambda: getattr(1, 5), lambda: setattr(1, "x", 2),
    lambda: object().x, lambda: type("X", (), {})().y, lambda: int.from_bytes("x", "big"), lambda: "{}".format(), lambda: "{0} {}".format(1, 2),
    lambda: [].sort(key=1), lambda: list.append(), lambda: str.upper(1), lambda: isinstance(1, 1), lambda: issubclass(1, int),
    lambda: tuple(1), lambda: "abc".split(""), lambda: " ".join("a", "b"), lambda: bytes("x"), lambda: bytearray(-1), lambda: "a" < 1,
    lambda: [] < (), lambda: {1} < [1], lambda: 1j < 2j, lambda: int("1" * 5000), lambda: float(10 ** 400), lambda: 10.0 ** 400,
    lambda: __import__("nonexistent_mod"), lambda: zip(1), lambda: enumerate(1), lambda: map(None),
    lambda: memoryview(1), lambda: complex("x"), lambda: int("12", 1), lambda: [1, 2, 3][::0], lambda: slice(1)[0],
    lambda: print(sep=1), lambda: "%d" % [], lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: (1).__class__.__name__.foo,
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "no error", repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, str(e)[:100])
