# Comprehensions: list, dict and set comprehensions, nested loops with
# conditions, generator expressions consumed by sum/any/max.
total = 0
for rep in range(660):
    squares = [i * i for i in range(5000)]
    odd = [s for s in squares if s & 1]
    pairs = [(a, b) for a in range(60) for b in range(60) if (a + b) % 7 == 0]
    index = {s: i for i, s in enumerate(odd)}
    residues = {s % 1009 for s in squares}
    grid = [[(r * c) % 10 for c in range(40)] for r in range(40)]
    total += len(odd) + len(pairs) + len(index) + len(residues)
    total += sum(sum(row) for row in grid)
    total += max(x % 977 for x in squares)
    total += any(x > 10 ** 9 for x in squares)
print(total, pairs[-1], sorted(residues)[:5])
