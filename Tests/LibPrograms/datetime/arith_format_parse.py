import datetime as dt, asyncio, time
from datetime import datetime, date, time as dtime, timedelta, timezone
d = datetime(2024, 2, 29, 13, 5, 9, 123456)
print(d, repr(d), d.isoformat(), d.isoformat(sep=' ', timespec='milliseconds'), d.isoformat(timespec='hours'))
print(d.strftime('%A %a %B %b %d %j %U %W %w %y %Y %H %I %p %M %S %f %%'), d.strftime('%c | %x | %X'))
print(d + timedelta(days=1), d - datetime(2024, 1, 1), d.replace(year=2023, day=28), d.date(), d.time(), d.weekday(), d.isoweekday(), d.isocalendar())
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = d.replace(tzinfo=tz)
print(a, a.tzname(), a.utcoffset(), a.astimezone(timezone.utc), a.timestamp(), repr(tz), str(tz), timezone(timedelta(hours=-3)), timezone.utc)
print(datetime.fromisoformat('2024-03-01T10:20:30.5+02:00'), datetime.fromisoformat('2024-03-01'), date.fromisoformat('2024-12-31'), dtime.fromisoformat('10:20:30.123'))
print(datetime.fromisoformat('2011-11-04T00:05:23Z'), datetime.fromisoformat('20111104T000523'), datetime.fromisoformat('2011-W01-2T00:05:23.283'))
print(timedelta(days=-1, seconds=5), timedelta(hours=25.5), repr(timedelta(minutes=90)), timedelta(microseconds=-1), timedelta(weeks=1) / timedelta(days=2), timedelta(seconds=7) // 2, timedelta(seconds=7) % timedelta(seconds=3))
print(abs(timedelta(days=-2)), timedelta(days=1).total_seconds(), -timedelta(hours=1), timedelta(seconds=1) * 1.5, divmod(timedelta(hours=5), timedelta(hours=2)))
print(datetime.strptime('2024-05-06 07:08:09', '%Y-%m-%d %H:%M:%S'), datetime.strptime('Mar 3 2020 +0100', '%b %d %Y %z'), datetime.strptime('1/2/03 4PM', '%m/%d/%y %I%p'))
try:
    datetime.strptime('2024-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
try:
    datetime(2023, 2, 29)
except ValueError as e:
    print('ValueError', e)
try:
    datetime.fromisoformat('nope')
except ValueError as e:
    print('ValueError', e)
try:
    a < d
except TypeError as e:
    print('TypeError', e)
try:
    a - d
except TypeError as e:
    print('TypeError', e)
print(date(2024, 1, 1).toordinal(), date.fromordinal(738000), date(2024, 3, 1) - date(2024, 2, 1), date.max, date.min, datetime.min, timedelta.max, timedelta.resolution)
print(dtime(10, 5), dtime(1, 2, 3, 4), dtime(23, 59).isoformat(timespec='seconds'), dtime(12, tzinfo=timezone.utc), dtime(5).replace(minute=3))
print(datetime.combine(date(2020, 1, 1), dtime(5, 6)), datetime(2020, 1, 1).timetuple()[:6], datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400))
print(f'{d:%Y/%m/%d}', format(date(2024, 1, 5), '%d.%m'), '{:%H:%M}'.format(d), d.ctime(), date(2024, 1, 5).ctime())
print(hash(d) == hash(d.replace()), d == d.replace(tzinfo=None), sorted([date(2024, 1, 2), date(2023, 5, 5)]))
async def main():
    t0 = datetime.now()
    await asyncio.sleep(3600)
    t1 = datetime.now()
    print(t0, t1 - t0, datetime.now(timezone.utc), date.today(), time.time(), time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(0)))
asyncio.run(main())
