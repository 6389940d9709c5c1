# A custom tzinfo, aware arithmetic and comparisons, fromisoformat variants.
from datetime import datetime, date, time, timedelta, timezone, tzinfo
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'EST'
    def __repr__(self): return 'EST()'
d = datetime(2024, 3, 10, 12, 30, tzinfo=EST())
print(d, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(timezone.utc), d.isoformat(), d.strftime('%Z %z'), repr(d))
print(d.timetz(), d.utctimetuple()[:6], d.timestamp(), d.replace(tzinfo=None), datetime(2024, 1, 1).strftime('[%z][%Z]'))
print(datetime.now().astimezone(), datetime(2024, 1, 1).astimezone(), datetime.now(timezone.utc).astimezone(EST()))
for s in ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123456+05:30', '20240102T030405', '2024-W01-1', '2024-01-02 03:04', '2024-01-02T03', '2024-001', '2024-01-02T03:04:05,5', '2024-01-02T24:00:00']:
    try:
        print(s, datetime.fromisoformat(s))
    except ValueError as e: print(s, 'ValueError', e)
for s in ['10:20', '10:20:30.5', '102030', '10:20:30+01:00', 'T10:20']:
    try: print(s, time.fromisoformat(s))
    except ValueError as e: print(s, 'ValueError', e)
for s in ['20240102', '2024-W10', '2024-W10-3', '2024']:
    try: print(s, date.fromisoformat(s))
    except ValueError as e: print(s, 'ValueError', e)
print(date.fromisocalendar(2024, 10, 3), datetime(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), timezone.min, timezone.max, timezone(timedelta(minutes=-90)))
print(time(10, 20, tzinfo=timezone.utc).isoformat(), time(10, 20, 30, 500).isoformat('milliseconds'), time(1, 2, 3).strftime('%H|%M|%S|%p'), time(0).replace(hour=5))
t1 = datetime(2024, 11, 3, 1, 30, fold=1); print(t1.fold, t1, t1 == datetime(2024, 11, 3, 1, 30), t1.replace(fold=0).fold)
print(datetime(2024, 1, 31) + timedelta(days=30), date(2024, 2, 29).replace(year=2025) if False else '', datetime.max - datetime.min, (datetime(2024, 3, 1) - datetime(2024, 2, 1)).days)
try:
    date(2024, 2, 29).replace(year=2025)
except ValueError as e: print(e)
try:
    datetime.max + timedelta(1)
except OverflowError as e: print(e)
print(datetime(2020, 5, 17, 10, 30).timestamp(), datetime.fromtimestamp(1589711400.5), datetime.utcfromtimestamp(1589711400).isoformat(), date.fromtimestamp(0))
print(sorted([datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2023, 12, 31, 20, tzinfo=EST())]), datetime(2024, 1, 1, tzinfo=timezone.utc) == datetime(2023, 12, 31, 19, tzinfo=EST()))
print(hash(datetime(2024, 1, 1, tzinfo=timezone.utc)) == hash(datetime(2023, 12, 31, 19, tzinfo=EST())), {date(2024, 1, 1): 'x'}[date(2024, 1, 1)])
print(timedelta(days=1, hours=2) > timedelta(hours=25), timedelta(hours=1) == timedelta(minutes=60), sum([timedelta(hours=1)] * 3, timedelta()), timedelta(seconds=3661).seconds, timedelta(days=-1).days)
print(f'{timedelta(hours=1, minutes=5)}', str(timedelta(microseconds=1500)), timedelta(hours=1) * 2.5, timedelta(hours=1) / 7, round(timedelta(hours=1).total_seconds() / 7, 3), timedelta(1) // timedelta(hours=5))
