# datetime: date/time/datetime/timedelta construction, isoformat/fromisoformat/strptime/strftime, arithmetic and reprs, timezones, comparison errors.
from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.strftime("%A %d %B %Y %j %U %W %a %b %y %m"), d.toordinal(), d.replace(year=2025, day=28), d.ctime())
print(date.fromisoformat("2021-03-04"), date.fromordinal(730000), d + timedelta(days=1), d - date(2024, 1, 1), date.max, date.min)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    date(2023, 13, 1)
except ValueError as e:
    print(e)
try:
    datetime(2023, 1, 1, 25)
except ValueError as e:
    print(e)
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.isoformat(timespec="milliseconds"), dt.date(), dt.time(), dt.timestamp() if False else "", dt.strftime("%H:%M:%S.%f %I %p %c %x %X %%"))
print(datetime.fromisoformat("2024-03-10T14:30:05"), datetime.fromisoformat("2024-03-10 14:30:05.5+02:00"), datetime.strptime("2024-03-10 14:30", "%Y-%m-%d %H:%M"))
try:
    datetime.strptime("2024/03/10", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    datetime.fromisoformat("nope")
except ValueError as e:
    print(e)
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1), timedelta(0), timedelta(microseconds=1), timedelta(weeks=-1, seconds=1))
print(repr(timedelta(0)), repr(timedelta(days=-1)), repr(timedelta(seconds=61, microseconds=5)), timedelta(days=400), timedelta(hours=-25))
print(td > timedelta(days=1), td == timedelta(seconds=93784.5), divmod(td, timedelta(hours=1)), td % timedelta(hours=1), timedelta.max, timedelta.resolution)
tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = a.astimezone(tz)
print(a, b, repr(tz), tz, timezone.utc, repr(timezone.utc), b.utcoffset(), b.tzname(), a == b, b - a, b.isoformat(), a.strftime("%z %Z"), timezone(timedelta(hours=-3)))
try:
    datetime(2024, 1, 1) < a
except TypeError as e:
    print(e)
try:
    datetime(2024, 1, 1) - a
except TypeError as e:
    print(e)
t = time(9, 5, 7)
print(t, repr(t), t.isoformat(), time(9, 5, 7, 500), time(), t.strftime("%H:%M"), t.replace(hour=10), time.fromisoformat("10:11:12"))
print(datetime(2024, 1, 31) + timedelta(days=1), datetime.combine(d, t), datetime(2024, 1, 1).replace(month=5), datetime(2000, 1, 1) - datetime(1999, 12, 31, 12))
print(datetime(2024, 5, 6).weekday(), datetime.min, datetime.max, datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), max(datetime(2020, 1, 1), datetime(2021, 1, 1)))
print(f"{dt:%Y/%m/%d}", f"{d:%d.%m.%Y}", format(d, ""), f"{td}", "{:%H}".format(dt), str(datetime(2024, 1, 1, 0, 0)), datetime(2024, 1, 1, 0, 0, 0, 1))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400), datetime(2024,1,1,tzinfo=timezone.utc).timestamp(), date.fromtimestamp(0) if False else "")
try:
    timedelta(days=1) + 1
except TypeError as e:
    print(e)
try:
    date(2024, 1, 1) + 1
except TypeError as e:
    print(e)
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024,1,1): 1}, d.year, d.month, d.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo)
print(datetime(2024, 3, 10, 14, 30).strftime("%-d"), datetime(2024,1,1).isocalendar(), date(2024, 12, 30).isocalendar().week)
