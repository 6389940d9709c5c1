s = "hello, world"
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s[3:3], s[5:1], s[-3:], s[1:10:3])
print(s[0] is s[0], "ab"[1] == "b")
u = "héllo wörld"
print(u[1], u[1:4], u[::-2], u[-1])
print(list("abc"), [c for c in "xyz"], list(u), type(iter("ab")).__name__, type(iter(u)).__name__)
for i in range(3): print(hex(i - 1), oct(-i * 9), bin(i * 5), hex(2**63), hex(-2**63), bin(True))
print(f"{5:06d}|{-5:06d}|{255:#x}|{255:X}|{1234567:,}|{1234567:_}|{255:#_b}|{-3:+d}|{3: d}|{12:^9}|{12:*<6}|{7:n}|{0x1F:o}")
print(f"{65:c}|{5:.2f}|{5:e}|{5:%}|{5:g}")
try: f"{5:.2d}"
except ValueError as e: print(e)
try: f"{5:z}"
except ValueError as e: print(e)
try: f"{5:q}"
except ValueError as e: print(e)
print(format(True, "d"), format(-2**63, ","), format(2**100, ",d"), format(3, ""), f"{'x':>5}|{'é':é>4}|{3.5:→^9}")
print("abc"[True], "abc"[-3], "é"[0])
try: "abc"[3]
except IndexError as e: print(e)
key = "x"
try: "abc"[key]
except TypeError as e: print(e)
w = "abcdef"
print(w[:] is w, w[0:6] is w, w[::1] is w, w[1:] is w)
class Never:
    def __eq__(self, other): return False
    __hash__ = object.__hash__
o = Never()
print({1: o} == {1: o}, [o] == [o], {1: o} == {1: Never()})
