# Sequences the VM runs as fused instructions (VM/Quickening.swift): local
# and constant operands of arithmetic and comparisons, compare-and-jump,
# and for-loops over ranges and lists. Each checks the machine-int fast
# path and every way off it (big ints, floats, strings, errors, user types).
import sys


def arithmetic(a, b):
    out = []
    out.append(a + 1); out.append(a - 1); out.append(a * 3); out.append(a // 2)
    out.append(a % 7); out.append(a ** 2); out.append(a << 3); out.append(a >> 1)
    out.append(a & 6); out.append(a | 8); out.append(a ^ 5); out.append(a / 4)
    out.append(a + b); out.append(a - b); out.append(a * b); out.append(a % b)
    return out


print(arithmetic(10, 3))
print(arithmetic(-10, 4))
print(arithmetic(sys.maxsize, 2)[:3])
print(arithmetic(-sys.maxsize - 1, -1)[:3])


def float_arithmetic(a, b):
    return [a + 1, a - 1, a * 3, a // 2, a % 7, a ** 2, a / 4, a + b, a - b, a * b, a % b]


print(float_arithmetic(2.5, 0.5), float_arithmetic(7, 0.25))
print(arithmetic(10**30, 7)[:4])


def errors(a, b):
    for expr in (lambda: a // 0, lambda: a % 0, lambda: a / 0, lambda: a << -1,
                 lambda: a // b, lambda: a % b, lambda: a >> -b):
        try:
            print(expr())
        except Exception as e:
            print(type(e).__name__, e)


errors(5, 0)


def unbound(flag):
    if flag:
        x = 1
    try:
        return x + 1
    except UnboundLocalError as e:
        return str(e)


def unbound_second(flag):
    if flag:
        y = 2
    x = 1
    try:
        return x + y
    except UnboundLocalError as e:
        return str(e)


def unbound_compare(flag):
    if flag:
        z = 3
    try:
        if z < 2:
            return "small"
        return "big"
    except UnboundLocalError as e:
        return str(e)


print(unbound(True), unbound(False))
print(unbound_second(True), unbound_second(False))
print(unbound_compare(True), unbound_compare(False))


def strings(s, t):
    s += "!"
    s = s + t
    u = s * 2
    return s, u, s < t, s == t


print(strings("ab", "cd"))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other)
        return self.v < other

    def __add__(self, other):
        print("add", self.v, other)
        return self.v + other

    def __bool__(self):
        print("bool", self.v)
        return self.v > 0


def user_types(x, limit):
    if x < limit:
        r = x + 1
    else:
        r = None
    while x < 1:
        x = 5
    return r


print(user_types(Loud(1), 3))


def compare_jumps(a, b):
    out = []
    for op in range(6):
        if op == 0 and a < b: out.append("lt")
        if op == 1 and a <= b: out.append("le")
        if op == 2 and a == b: out.append("eq")
        if op == 3 and a != b: out.append("ne")
        if op == 4 and a > b: out.append("gt")
        if op == 5 and a >= b: out.append("ge")
        if not a < b: out.append("not-lt")
    return out


print(compare_jumps(1, 2), compare_jumps(2, 2), compare_jumps(3, 2))
print(compare_jumps(1.5, 2), compare_jumps("b", "a"), compare_jumps(10**20, 10**20))
try:
    compare_jumps(1, "x")
except TypeError as e:
    print("TypeError", e)


def loops():
    total = 0
    for i in range(10):
        total += i
    for i in range(10, 0, -3):
        total += i
    items = [1, 2, 3]
    seen = []
    for item in items:
        seen.append(item)
        if item < 3 and len(items) < 6:
            items.append(item * 10)
    for ch in "abc":
        seen.append(ch)
    for k in {"x": 1, "y": 2}:
        seen.append(k)
    for n in (g for g in range(3)):
        seen.append(n)
    for i in range(0):
        seen.append("never")
    empty = []
    for e in empty:
        seen.append("never")
    return total, seen, i if False else "done"


print(loops())


def last_value():
    for i in range(5):
        pass
    for item in [7, 8]:
        pass
    return i, item


print(last_value())


def nested(n):
    count = 0
    for i in range(n):
        for j in range(i):
            if i - j < 3:
                count += 1
    return count


print(nested(50))


class ListSub(list):
    def __iter__(self):
        print("custom iter")
        return iter([9, 8])


for v in ListSub([1, 2]):
    print("sub", v)


def while_counter(n):
    i = 0
    acc = 0
    while i < n:
        acc = acc + i * i
        i = i + 1
    return acc


print(while_counter(1000))
