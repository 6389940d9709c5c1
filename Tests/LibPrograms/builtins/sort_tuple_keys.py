# Sorting by tuple keys: CPython's lexicographic order (first unequal pair
# decides, shorter prefix first), strings by code point (not by Unicode
# canonical equivalence), bools, None, NaN and mixed kinds falling back to
# the full comparison, stability, reverse, and errors for unorderable pairs.
rows = [("b", 2, 1.5), ("a", 3, 0.5), ("b", 1, 2.5), ("a", 3, -1.0), ("a",), ("b", 1)]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(rows, key=lambda r: (len(r), r[0])))
decomposed = "e\u0301"
precomposed = "\u00e9"
print(sorted([(decomposed, 1), (precomposed, 0), ("f", 2)]))
print(sorted([(True, "x"), (False, "y"), (True, "a")]))
print(sorted([(None, 2), (None, 1)]))
nan = float("nan")
pairs = [(1.0, "a"), (nan, "b"), (0.5, "c")]
print(sorted(pairs, key=lambda p: (p[0], p[1]))[0][1] in "abc")
print(sorted([(1, 2.5), (1, 2), (True, 3), (0, "z")][:3]))
words = ["pear", "Apple", "fig", "apple", "Fig"]
print(sorted(words, key=lambda w: (w.lower(), w)))
stable = [(k % 3, i) for i, k in enumerate([5, 3, 9, 1, 4, 7, 6])]
print(sorted(stable, key=lambda p: (p[0],)))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __eq__(self, other): return self.v == other.v
    def __repr__(self): return f"Rev({self.v})"
print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(None, 1), (2, 1)])
except TypeError as e:
    print("TypeError:", e)
