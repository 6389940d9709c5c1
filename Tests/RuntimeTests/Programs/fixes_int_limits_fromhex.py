print(f"{'é'!a}", f"{'x'!a}", f"{[1, 'ü']!a:>12}|")
for f in (lambda: str(10**5000), lambda: repr(-10**4300), lambda: (10**400) / 3, lambda: 1 / 0, lambda: (10**400) / 0):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(len(str(10**4299)), (10**400) / 10**399, 7 / 2, -(10**30) / 7, (2**1100) / (2**1099))
print(float.fromhex("0x1.8p1"), float.fromhex("  -0x10  "), float.fromhex("inf"), float.fromhex("0x1p-1074"))
print(float.fromhex(float.hex(0.1)) == 0.1)
for s in ("zz", "0x1p99999"):
    try:
        print(float.fromhex(s))
    except Exception as e:
        print(type(e).__name__, e)
try:
    float.fromhex(1)
except TypeError as e:
    print("TypeError", e)
