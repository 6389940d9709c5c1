print("%a" % "é")
print("%a|%r|%s" % ("x\n", "y", "z"))
for fmt, arg in [("%c", -1), ("%c", "ab"), ("%c", 1.5), ("%c", 0x110000)]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
print("%c%c" % (65, "B"))
print("%*d|%-*d|" % (5, 42, 4, 7))
print("%.*f" % (2, 3.14159))
try:
    print("%5%|" % ())
except TypeError as e:
    print("TypeError", e)
print("%+.3d" % 7, "%+.3d" % -7)
print("%#.3o" % 8, "%#o" % 8, "%#x" % 255, "%#X" % 255)
print("%ld %li %lu %hd" % (1, 2, 3, 4))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42})
print("%d" % 3.9, "%i" % True, "%x" % 255)
for fmt, arg in [("%x", 3.0), ("%d", "s"), ("%f", "s"), ("%d", (1, 2)), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", {}), ("%y", 1), ("%", 1)]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 10
print("%x %d" % (I(), I()))
print("%s" % [1, 2], "%s" % ((1, 2),))
print("%-6s|%6.2s|" % ("ab", "xyz"))
print("% d|%05.1f|%e|%G" % (5, -2.25, 12345.678, 1e-10))
try:
    print("%d" % 10**5000)
except ValueError as e:
    print("ValueError", e)
print(len("%x" % 10**5000))
