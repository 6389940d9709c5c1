from datetime import datetime, date, timedelta, timezone

start = datetime(2020, 1, 1, 8, 30)
step = timedelta(hours=7, minutes=13, seconds=5)
d = start
acc = 0
seen = set()
for i in range(75000):
    d = d + step
    if d.weekday() == 4:
        acc += 1
    delta = d - start
    acc += delta.days
    seen.add(d.date())
    if d > start and d.month == 6:
        acc += 1
texts = []
for i in range(15000):
    t = start + timedelta(days=i)
    texts.append(t.isoformat())
    texts.append(t.strftime("%Y-%m-%d %H:%M:%S %a"))
    acc += date(2000 + i % 30, 1 + i % 12, 1 + i % 28).toordinal()
aware = datetime(2021, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
for i in range(9000):
    acc += (aware + timedelta(seconds=i)).astimezone(timezone(timedelta(hours=2))).hour
print(acc, len(seen), texts[-1], texts[-2])
