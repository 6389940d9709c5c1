# list, tuple, dict, set and frozenset methods with their errors.
a = [3, 1, 4, 1, 5]
a.append(9); a.extend((2, 6)); a.insert(0, 0); a.insert(-1, 7); a.insert(100, 99)
print(a, a.pop(), a.pop(0), a.pop(-2), a.index(4), a.index(1, 2), a.count(1))
a.remove(1); a.reverse()
print(a, a.copy() == a, a.copy() is a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
b = [5, 2]; b.clear(); print(b, (1, 2, 1).count(1), (1, 2, 3).index(3))
d = {'b': 2, 'a': 1}
print(d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('n', []), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('a', 'A')])
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items(), len(d.items()), ('x', 1) in d.items(), 'y' in d.keys())
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), d.copy() == d, list(reversed(d)))
c = d.copy(); c.clear(); print(c, d)
s = {3, 1, 2}
s.add(4); s.discard(9); s.remove(1)
print(s, s.union([7], (8,)), s.intersection([2, 3, 9]), s.difference([2]), s.symmetric_difference([3, 10]))
print(s.issubset(range(10)), s.issuperset([2, 3]), s.isdisjoint([0]), {1, 2} <= {1, 2, 3}, {1} | {2}, {1, 2} & {2})
t = set(); t.update([1, 2], [3]); t.intersection_update([2, 3, 4]); t.difference_update([3])
t.symmetric_difference_update([5]); print(t, t.pop(), t)
f = frozenset([1, 2])
print(f, f.union([3]), f.copy(), type(f.intersection([1])).__name__, f | {9})
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: (1,).index(2), lambda: {}.pop(1), lambda: {}.popitem(), lambda: set().remove(1),
            lambda: set().pop(), lambda: [3, 'a'].sort(), lambda: [].sort(1), lambda: [].append(),
            lambda: {}.update(1), lambda: [].insert(1), lambda: {}.get(), lambda: f.add(1)]:
    try:
        bad()
    except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
