import random
random.seed(42)
st = random.getstate()
print(type(st).__name__, len(st), st[0], type(st[1]).__name__, len(st[1]), st[1][-1], st[2])
print(st[1][:3])
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b)
r = random.Random(7)
s2 = r.getstate()
print(s2[0], s2[1][624], s2[2])
r.gauss(0, 1)
print(r.getstate()[2] is not None)
r2 = random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())
for bad in [(9, (), None), (3, (1, 2), None), (3, tuple(range(624)) + (700,), None), (3, [0] * 625, None)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
