# range.count and range.index
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.count(5), r.count(6), r.count(5.0), r.index(5))
for f in [lambda: r.index(6), lambda: r.index("x"), lambda: range(3).index(True), lambda: r.count("a"), lambda: range(10)[-1], lambda: range(0, -5, -1).index(-3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
