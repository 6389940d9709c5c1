# Source: written for Interleave's corpus in the style of data-wrangling scripts (itertools.groupby/accumulate/product, operator keys, tabular output) (not from a public source)
# Adapted: nothing
import itertools
import operator
from collections import namedtuple
from datetime import date
from functools import reduce

Sale = namedtuple("Sale", "day region product qty price")

RAW = """\
2024-01-03,north,widget,3,2.50
2024-01-03,south,gadget,1,10.00
2024-01-04,north,gadget,2,9.50
2024-01-04,north,widget,5,2.40
2024-01-05,east,widget,1,2.50
2024-01-05,south,widget,4,2.45
2024-01-06,east,gizmo,7,1.10
2024-01-06,north,gizmo,2,1.20"""


def parse(text):
    for line in text.splitlines():
        d, region, product, qty, price = line.split(",")
        yield Sale(date.fromisoformat(d), region, product, int(qty), float(price))


def main():
    sales = list(parse(RAW))
    revenue = lambda s: s.qty * s.price
    by_region = operator.attrgetter("region")
    print("== revenue by region")
    for region, group in itertools.groupby(sorted(sales, key=by_region), key=by_region):
        group = list(group)
        print(f"{region:<6} {len(group):>2} sales {sum(map(revenue, group)):>8.2f}")
    print("== running total by day")
    days = [(day, sum(map(revenue, g))) for day, g in itertools.groupby(sales, key=operator.attrgetter("day"))]
    for (day, amount), running in zip(days, itertools.accumulate(a for _, a in days)):
        print(f"{day:%a %d} {amount:7.2f} {running:8.2f}")
    print("== cross tab")
    regions = sorted({s.region for s in sales})
    products = sorted({s.product for s in sales})
    print(f"{'':8}" + "".join(f"{p:>8}" for p in products))
    for r in regions:
        cells = [sum(s.qty for s in sales if (s.region, s.product) == (r, p)) for p in products]
        print(f"{r:8}" + "".join(f"{c or '-':>8}" for c in cells))
    combos = [f"{r[0]}{p[0]}" for r, p in itertools.product(regions, products)]
    print(combos)
    print("== top sales")
    top = sorted(sales, key=lambda s: (-revenue(s), s.day))[:3]
    for s in top:
        print(f"  {s.day.isoformat()} {s.region:>6} {s.product:<7} {revenue(s):6.2f}")
    print("== misc")
    print(list(itertools.pairwise([s.qty for s in sales])))
    print(reduce(operator.mul, (s.qty for s in sales), 1), max(sales, key=operator.itemgetter(3)).product)
    print(list(itertools.compress(products, [s.qty > 3 for s in sales[:3]])))
    print([list(g) for _, g in itertools.groupby([1, 1, 2, 3, 3, 3, 1])])
    print(list(itertools.chain.from_iterable(itertools.repeat("ab", 2))), list(itertools.starmap(operator.sub, [(5, 2), (9, 4)])))
    batches = [tuple(itertools.islice(it, 3)) for it in [iter(range(8))] for _ in range(3)]
    print(batches)
    print(sum(1 for _ in itertools.combinations(range(6), 3)), list(itertools.permutations("abc"))[-1])
    it1, it2 = itertools.tee(s.qty for s in sales)
    print(max(it1), min(it2), list(itertools.zip_longest(range(3), "ab", fillvalue="?")))
    print(sorted(sales, key=operator.attrgetter("product", "qty"))[0], operator.itemgetter(slice(1, 3))(sales[0]))


main()
