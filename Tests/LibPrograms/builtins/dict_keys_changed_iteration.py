# Dict and set iterators: "dictionary changed size" (sticky), "dictionary
# keys changed during iteration" (same size, other keys), reversed dict
# iterators, "Set changed size during iteration" (sticky).
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def f1():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k in d:
        out.append(k)
        del d[k]; d[k + 10] = 1
    return out
t(f1)
def f2():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    next(it); d[4] = 4
    r = []
    for _ in range(3):
        try: r.append(next(it))
        except Exception as e: r.append(str(e))
    del d[4]
    try: r.append(next(it))
    except Exception as e: r.append(repr(e))
    return r
t(f2)
def f3():
    d = dict.fromkeys(range(8))
    out = []
    for k in d:
        out.append(k)
        if k == 2:
            del d[0]; d[100] = 1
    return out
t(f3)
def f4():
    d = {1: 1, 2: 2}
    for k in reversed(d): d[k+5] = 1
t(f4)
def f5():
    d = {1: 1, 2: 2}
    r = reversed(d)
    return type(r).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__
t(f5)
def f6():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k, v in d.items():
        out.append(k)
        del d[k]; d[k + 10] = 1
    return out
t(f6)
def f7():
    s = {1, 2, 3}
    for x in s: s.add(x + 10)
t(f7)
def f8():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        s.discard(x); s.add(x + 10)
    return out
t(f8)
def f9():
    s = {1, 2, 3}
    it = iter(s); next(it); s.add(9)
    r = []
    for _ in range(2):
        try: r.append(next(it))
        except Exception as e: r.append(str(e))
    s.discard(9)
    try: r.append(next(it))
    except Exception as e: r.append(repr(e))
    return r
t(f9)
def f10():
    d = {1: 1, 2: 2}
    r = reversed(d); next(r); del d[1]; d[3] = 3
    return list(r)
t(f10)
def f11():
    d = {1: 1, 2: 2, 3: 3}
    r = reversed(d); next(r); d[4] = 4
    return list(r)
t(f11)
def f12():
    d = {1: 1, 2: 2, 3: 3}
    r = iter(d.values()); next(r); d[1] = 5
    return list(r)
t(f12)
d = {1: 1, 2: 2, 3: 3}
it = iter(d); next(it)
print(it.__length_hint__(), reversed(d).__length_hint__())
d[9] = 9
print(it.__length_hint__())
