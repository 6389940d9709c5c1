import itertools as it
import operator
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5), ("a", 6)]
for key, group in it.groupby(data, key=operator.itemgetter(0)):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
g = it.groupby("aabb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)),
      list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.count(10, 5), 3)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(10), 2, 8, 3)))
try:
    it.islice([], -1)
except ValueError as e:
    print("ValueError:", e)
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])), list(it.chain("ab", [1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
t1, t2, t3 = it.tee("xy", 3)
print(list(t1), list(t2), list(t3))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.repeat("x", 3)), list(zip(it.count(), "ab")))
cyc = it.cycle("ab")
print([next(cyc) for _ in range(5)])
def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk
print(list(chunked(range(7), 3)))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
print(list(roundrobin("ABC", "D", "EF")))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
try:
    it.permutations("ab", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    it.accumulate()
except TypeError as e:
    print("TypeError:", e)
try:
    next(it.groupby(5))
except TypeError as e:
    print("TypeError:", e)
print(list(it.product()), list(it.combinations("ab", 3)), list(it.permutations("", 0)))
