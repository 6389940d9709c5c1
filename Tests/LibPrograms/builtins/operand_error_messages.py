# TypeError messages of failed operators and lookups, printed as programs
# print caught errors.
cases = [
    lambda: "x" * 1.5, lambda: [1] * 2.0, lambda: (1,) * "a", lambda: b"x" * 1.5,
    lambda: "x" * "y", lambda: 2.0 * "x", lambda: [1] * [2], lambda: None * [1],
    lambda: "ab"[1.0], lambda: "ab"["k"], lambda: "ab"[None], lambda: [1]["a"],
    lambda: (1,)[None], lambda: getattr(1, 2), lambda: setattr(1, 2, 3),
    lambda: hasattr([], None), lambda: delattr(1, 2.5), lambda: "x" + 1,
    lambda: [1] + (2,), lambda: 1 + "x", lambda: {} * 2, lambda: {1} * 2,
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)


def total(items):
    t = 0
    for item in items:
        t += item["price"] * item["qty"]
    return t


try:
    total([{"price": 2.5, "qty": 2}, "oops"])
except TypeError as e:
    print("total failed:", e)
try:
    total([{"price": "3", "qty": 1.5}])
except TypeError as e:
    print("total failed:", e)
line = "=" * 3
line *= 2
print(line)
try:
    line *= 1.5
except TypeError as e:
    print(e)
