import json, statistics, collections, itertools, operator, functools, re, math
from datetime import date, timedelta

SALES = """date,region,product,units,price
2024-01-03,north,widget,12,2.50
2024-01-03,south,gadget,3,10.00
2024-01-04,north,gadget,5,10.00
2024-01-05,east,widget,20,2.25
2024-01-05,north,widget,7,2.50
2024-01-06,south,widget,1,2.75
2024-01-07,east,gizmo,2,99.99
"""

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        row["date"] = date.fromisoformat(row["date"])
        yield row

rows = list(parse(SALES))
revenue = lambda r: r["units"] * r["price"]
by_region = collections.defaultdict(float)
for r in rows:
    by_region[r["region"]] += revenue(r)
for region, total in sorted(by_region.items(), key=operator.itemgetter(1), reverse=True):
    print(f"{region:<6}{total:>10,.2f}")
print("top product:", collections.Counter(r["product"] for r in rows).most_common(1))
units = [r["units"] for r in rows]
print(f"mean={statistics.mean(units):.3f} median={statistics.median(units)} stdev={statistics.stdev(units):.3f} q={statistics.quantiles(units, n=4)}")
rows.sort(key=operator.itemgetter("date"))
for day, group in itertools.groupby(rows, key=lambda r: r["date"]):
    g = list(group)
    print(day.strftime("%a %d %b"), len(g), round(sum(map(revenue, g)), 2))
weekly = functools.reduce(lambda acc, r: acc + revenue(r), rows, 0.0)
print(f"weekly total {weekly:.2f}", math.fsum(map(revenue, rows)), round(weekly, 1))
span = rows[-1]["date"] - rows[0]["date"]
print(span, span.days, rows[0]["date"] + timedelta(days=30), (rows[0]["date"].replace(day=31) - rows[0]["date"]).days)
report = {"generated": date(2024, 1, 8).isoformat(), "regions": by_region, "rows": len(rows),
          "best_day": max(rows, key=revenue)["date"].isoformat()}
print(json.dumps(report, indent=2, sort_keys=True))
loaded = json.loads(json.dumps(report))
print(loaded == {**report, "regions": dict(by_region)}, type(loaded["regions"]).__name__)
pivot = collections.defaultdict(lambda: collections.defaultdict(int))
for r in rows:
    pivot[r["region"]][r["product"]] += r["units"]
products = sorted({r["product"] for r in rows})
print("region".ljust(8) + "".join(p.rjust(8) for p in products))
for region in sorted(pivot):
    print(region.ljust(8) + "".join(str(pivot[region][p]).rjust(8) for p in products))
email_re = re.compile(r"(?P<user>[\w.]+)@(?P<domain>[\w-]+\.[\w.-]+)")
text = "Contact ann.lee@example.com or bob@test-site.org; not@valid"
print([m.groupdict() for m in email_re.finditer(text)])
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "the quick brown fox"))
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man in possession of a good fortune".lower())
freq = collections.Counter(words)
print(freq.most_common(3), sum(freq.values()), len(freq))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [sum(col) for col in zip(*matrix)], list(itertools.chain.from_iterable(matrix)))
print(sorted(rows, key=lambda r: (-r["units"], r["product"]))[0]["product"], min(rows, key=revenue)["units"])
print(dict(sorted(collections.Counter("mississippi").items(), key=lambda kv: (-kv[1], kv[0]))))
print(list(itertools.accumulate(units)), list(itertools.batched(units, 3)) if hasattr(itertools, "batched") else "no batched")
print(f"{math.comb(10, 3)} {math.perm(5, 2)} {math.isqrt(99)} {math.dist((0, 0), (3, 4))} {math.prod([1, 2, 3, 4])} {math.gcd(12, 18, 24)} {math.lcm(4, 6)}")
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), f"{2.675:.2f}", divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, pow(2, -1), pow(3, 4, 5), pow(38, -1, 97))
