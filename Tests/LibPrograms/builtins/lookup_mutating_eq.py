d = {}
class K:
    def __hash__(self): return 1
    def __eq__(self, other):
        d.clear()
        return False
d[K()] = 1
d[K()] = 2
print(len(d) <= 2)
print(d.get(K()), K() in d)
s = set()
class S:
    def __hash__(self): return 1
    def __eq__(self, other):
        s.clear()
        return False
s.add(S()); s.add(S()); print(len(s) <= 2, S() in s)
class G:
    n = 0
    def __hash__(self): return 7
    def __eq__(self, other):
        G.n += 1
        if G.n < 50:
            for i in range(20): d[("grow", G.n, i)] = i
        return False
d.clear(); d[G()] = 1; d[G()] = 2; print(G() in d, len(d) > 2)
