# The common paths of datetime (int constructors, arithmetic, comparisons,
# hashing, isoformat, strftime of naive values) against their edges:
# month/year/leap boundaries, carries, negative deltas, subclasses, errors.
from datetime import date, datetime, time, timedelta, timezone

print(timedelta(1, 2, 3, 4, 5, 6, 7), timedelta(days=-1, seconds=-1, microseconds=-1))
print(repr(timedelta(hours=-25, minutes=61, milliseconds=-1500)), repr(timedelta()))
print(timedelta(weeks=1, days=-7), timedelta(seconds=86399, microseconds=1000000))
print(repr(timedelta(True, False)), repr(timedelta(1.5, 0.25)), repr(timedelta(microseconds=-0.5)))
for args in ((10**9,), (-10**9,), (0, 10**14), (999999999, 86400)):
    try:
        print(timedelta(*args))
    except OverflowError as e:
        print('OverflowError', e)
try:
    timedelta('1')
except TypeError as e:
    print('TypeError', e)
a, b = timedelta(days=1, microseconds=999999), timedelta(seconds=86399, microseconds=1)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, a // 7, a / b, a % b, divmod(a, b))
print(a == b, a < b, a > b, a != timedelta(1, 0, 999999), hash(a) == hash(timedelta(days=1, microseconds=999999)))
try:
    timedelta.max + timedelta(microseconds=1)
except OverflowError as e:
    print('OverflowError', e)
try:
    -timedelta.max - timedelta(days=2)
except OverflowError as e:
    print('OverflowError', e)

start = datetime(2019, 12, 31, 23, 59, 59, 999999)
for delta in (timedelta(microseconds=1), timedelta(seconds=1), timedelta(days=59),
              timedelta(days=60, hours=1), timedelta(days=366), timedelta(days=-365, microseconds=-1),
              timedelta(days=-1, seconds=86399, microseconds=999999), timedelta(weeks=-52 * 2019)):
    r = start + delta
    print(repr(r), r - start == delta, (r - delta) == start, delta + start == r)
for bad in (timedelta(days=3000000), -timedelta(days=740000)):
    try:
        start + bad
    except OverflowError as e:
        print('OverflowError', e)
    try:
        start.date() + bad
    except OverflowError as e:
        print('OverflowError', e)

d = date(2024, 2, 28)
for n in (1, 2, 366, -59, -60, 10000):
    x = d + timedelta(days=n)
    print(x, x.weekday(), x.isoweekday(), x.toordinal(), date.fromordinal(x.toordinal()) == x, x - d)
print(date(2023, 2, 28) + timedelta(1), date(2000, 2, 28) + timedelta(1), date(1900, 2, 28) + timedelta(1))
print(date(2024, 3, 1) - date(2023, 3, 1), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
print(datetime(2024, 3, 10, 1, 2, 3) - datetime(2023, 3, 10, 4, 5, 6, 7))
print(datetime(2024, 1, 1) - timedelta(microseconds=1), datetime(2024, 1, 1).date(), type(datetime(2024, 1, 1).date()).__name__)

for args in ((2023, 2, 29), (2024, 2, 30), (2024, 4, 31), (2024, 13, 1), (0, 1, 1), (10000, 1, 1),
             (2024, 1, 0), (2024, 1, 31), (2024.0, 1, 1), ('2024', 1, 1), (True, 1, 1)):
    try:
        print(date(*args), datetime(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for kwargs in ({'hour': 24}, {'minute': 60}, {'second': 60}, {'microsecond': 1000000}, {'hour': -1},
               {'fold': 2}, {'fold': True}, {'tzinfo': 'UTC'}, {'tzinfo': timezone.utc},
               {'hour': 23, 'minute': 59, 'second': 59, 'microsecond': 999999}):
    try:
        v = datetime(2024, 5, 6, **kwargs)
        print(repr(v), v.fold)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

x = datetime(2024, 5, 6, 7, 8, 9)
y = datetime(2024, 5, 6, 7, 8, 9, 1)
print(x < y, x <= y, x > y, x >= y, x == y, x != y, x == x.replace(), x == x.date(), x.date() == date(2024, 5, 6))
print(hash(x) == hash(datetime(2024, 5, 6, 7, 8, 9)), hash(x) == hash(x.replace(fold=1)), len({x, y, x.replace(), y}))
print(hash(date(2024, 5, 6)) == hash(date(2024, 5, 6)), len({date(2024, 5, 6), x.date(), date(2024, 5, 7)}))
aware = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
shifted = aware.astimezone(timezone(timedelta(hours=-3, minutes=-30)))
print(aware == shifted, hash(aware) == hash(shifted), shifted, aware - shifted, shifted + timedelta(hours=30))
try:
    x < aware
except TypeError as e:
    print('TypeError', e)
print(x == aware, x - x, y - x)

for v in (x, y, aware, shifted, datetime(5, 1, 2, 3, 4, 5, 60), datetime(2024, 1, 1)):
    print(v.isoformat(), v.isoformat(' '), v.isoformat(timespec='milliseconds'), str(v), repr(v))
try:
    x.isoformat('ab')
except TypeError as e:
    print('TypeError', e)
try:
    x.isoformat(timespec='days')
except ValueError as e:
    print('ValueError', e)

fmts = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %h', '%j %y %I %p %f', '100%% %Y%%', '', 'plain text',
        '%d/%m/%Y %-d %e', '%Y %Z|%z|', '%c', '%x %X %U %W %w %u', '%G-W%V', '%', 'tail %', '%5Y', '%Q']
values = [date(2024, 12, 31), date(7, 1, 1), datetime(2023, 1, 1, 0, 0, 0, 5), datetime(1999, 7, 4, 12, 30),
          datetime(2000, 2, 29, 23, 59, 59, 999999), aware, time(13, 5, 7, 8)]
for fmt in fmts:
    print(repr(fmt), [v.strftime(fmt) for v in values])
print(format(x, '%Y|%H'), format(x.date(), '%d'), f'{x:%b %d}', f'{x}')


class Stamp(datetime):
    def timetuple(self):
        return datetime(2001, 2, 3).timetuple()


class Day(date):
    pass


s = Stamp(2024, 5, 6, 7, 8)
print(repr(s + timedelta(days=1)), type(s - timedelta(days=1)).__name__, s.strftime('%Y-%m-%d'), s - x)
print(repr(Day(2024, 1, 31) + timedelta(days=1)), Day(2024, 1, 31).strftime('%A %d %B %Y'))
for bad in (5, None):
    try:
        x.strftime(bad)
    except TypeError as e:
        print('TypeError', e)

t = datetime(2021, 6, 1, 8)
seen = set()
total = 0
for i in range(3000):
    t = t + timedelta(hours=7, minutes=13, seconds=5, microseconds=250000)
    seen.add(t.date())
    total += t.weekday() + t.toordinal() % 7
print(t, len(seen), total, t.strftime('%A %d %B %Y %I:%M:%S %p %j'), t.isoformat())
