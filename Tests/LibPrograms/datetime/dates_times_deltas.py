# datetime: construction and validation, arithmetic, comparisons,
# isoformat/fromisoformat/strftime/strptime, time zones, timedelta
# normalisation and formatting, and the virtual clock (now/today).
from datetime import date, datetime, time, timedelta, timezone

print(datetime.now(), datetime.utcnow(), date.today(), datetime.now(timezone.utc))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(86400.5, timezone.utc), date.fromtimestamp(1e9))
for td in (timedelta(1.5), timedelta(seconds=-1), timedelta(hours=-25.5), timedelta(microseconds=1.5),
           timedelta(microseconds=2.5), timedelta(weeks=1, days=-8), timedelta(minutes=0.1), timedelta(days=-1, seconds=86399)):
    print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
a, b = timedelta(hours=3), timedelta(minutes=50)
print(a + b, a - b, b - a, a * 3, 2.5 * b, a / 4, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a > b, a == timedelta(seconds=10800))
print(timedelta(0) == False, bool(timedelta(0)), hash(a) == hash(timedelta(hours=3)), timedelta.max, timedelta.min, timedelta.resolution)
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(), d.timetuple())
print(d + timedelta(days=366), d - timedelta(days=60), d - date(2019, 1, 1), d.replace(year=2024), date.fromisoformat('2021-07-04'), date.fromisocalendar(2020, 53, 5))
print(f'{d:%d/%m/%Y %A %j %U}', format(d, ''), d.strftime('%b %B %a %y %% %W'), date(2021, 1, 3).isocalendar(), date(2024, 12, 30).isocalendar())
dt = datetime(2021, 12, 31, 23, 59, 58, 999999)
print(dt, repr(dt), dt + timedelta(microseconds=1), dt + timedelta(seconds=2), dt - datetime(2021, 1, 1), dt.date(), dt.time(), dt.timetuple())
print(dt.isoformat(), dt.isoformat(' ', 'minutes'), dt.isoformat(timespec='milliseconds'), dt.replace(microsecond=0).isoformat(), dt.ctime(), dt.timestamp())
print(datetime.fromisoformat('2021-03-04T05:06:07.123'), datetime.fromisoformat('2021-03-04 05:06'), datetime.fromisoformat('2021-03-04T05:06:07Z'),
      datetime.fromisoformat('2021-03-04T05:06:07-03:30'))
print(datetime.strptime('2021-03-04 17:05:06.5', '%Y-%m-%d %H:%M:%S.%f'), datetime.strptime('Mar 5 1999 1:02PM', '%b %d %Y %I:%M%p'),
      datetime.strptime('05/06/21', '%d/%m/%y'), datetime.strptime('2021-03-04T05:06:07+0200', '%Y-%m-%dT%H:%M:%S%z'))
t = time(13, 5, 9, 120)
print(t, repr(t), t.isoformat('seconds'), t.replace(hour=1), time(), time.max, t < time(14), t.strftime('%I:%M %p'), time.fromisoformat('04:05:06.5'))
est = timezone(timedelta(hours=-5), 'EST')
utc_dt = datetime(2021, 6, 1, 12, tzinfo=timezone.utc)
print(utc_dt, utc_dt.astimezone(est), repr(est), est, timezone(timedelta(minutes=90)), timezone.utc, repr(timezone(timedelta(0))))
local = utc_dt.astimezone(est)
print(local == utc_dt, local - utc_dt, local.utcoffset(), local.tzname(), local.dst(), local.strftime('%H:%M %z %Z'), utc_dt.timestamp())
print(sorted([datetime(2021, 1, 2), datetime(2020, 5, 5), datetime(2021, 1, 1, 23)]), max(date(2020, 1, 1), date(2019, 12, 31)))
print(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=est)), datetime.min, datetime.max, date.min, date.resolution, datetime(2020, 1, 1) == date(2020, 1, 1))
for bad in (lambda: date(2021, 2, 29), lambda: date(2021, 13, 1), lambda: time(24), lambda: datetime(2021, 1, 1, minute=60),
            lambda: date.fromisoformat('2021/01/01'), lambda: datetime.strptime('2021', '%Y-%m'), lambda: datetime(2021, 1, 1) < date(2021, 1, 1),
            lambda: datetime(2021, 1, 1) - utc_dt, lambda: timedelta(days=10**9), lambda: date(2021, 1, 1) + 1, lambda: timezone(timedelta(hours=24)),
            lambda: datetime.strptime('2021-01-01 extra', '%Y-%m-%d')):
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
