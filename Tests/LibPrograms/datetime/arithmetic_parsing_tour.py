from datetime import datetime, date, time, timedelta, timezone
import time as _time
now = datetime.now()
print(now, now.isoformat(), date.today(), datetime.utcnow().year)
print(datetime.now(timezone.utc), datetime.now(timezone.utc).tzname())
d = datetime(2024, 2, 28, 23, 59, 30)
print(d + timedelta(seconds=45), d + timedelta(days=1), d - timedelta(weeks=1, hours=3))
print(datetime(2024, 3, 1) - d, (datetime(2024, 3, 1) - d).total_seconds())
td = timedelta(days=-1, seconds=5)
print(td, repr(td), td.days, td.seconds, abs(td), -td, td * 2, td / 2, timedelta(hours=36) // timedelta(hours=5))
print(timedelta(microseconds=1), timedelta(days=400, hours=25, minutes=61), timedelta(0), timedelta(seconds=1.5))
print(repr(timedelta(days=1, seconds=2, microseconds=3)), str(timedelta(days=2)), timedelta(hours=1) % timedelta(minutes=7))
print(d.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %p %I %j %U %W %w %y %%"), d.strftime("%c | %x | %X"))
print(d.isoformat(), d.isoformat(sep=" "), d.isoformat(timespec="minutes"), d.date().isoformat(), d.time())
for s in ["2021-05-04", "2021-05-04T10:20:30", "2021-05-04 10:20:30.500", "2021-05-04T10:20:30+02:00", "2021-05-04T10:20:30.123456-05:30"]:
    p = datetime.fromisoformat(s)
    print(repr(p), p.tzinfo, p.utcoffset())
print(date.fromisoformat("2020-12-31"), time.fromisoformat("12:34:56.789"), repr(time(1, 2)))
try:
    datetime.fromisoformat("2021-13-01")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2021, 2, 30)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.fromisoformat("not a date")
except ValueError as e:
    print("ValueError:", e)
p = datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
print(repr(p), datetime.strptime("04/Mar/2021", "%d/%b/%Y").date(), datetime.strptime("1:05 PM", "%I:%M %p").time())
try:
    datetime.strptime("2021-03-04", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
tz = timezone(timedelta(hours=5, minutes=30), "IST")
a = datetime(2021, 1, 1, 12, 0, tzinfo=timezone.utc)
b = a.astimezone(tz)
print(a, b, b.tzname(), b.utcoffset(), a == b, b - a, repr(tz), str(timezone(timedelta(hours=-3))))
print(a.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365))
print(datetime.fromtimestamp(667008000.5))
try:
    print(datetime(2021, 1, 1) < a)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2021, 1, 1) - a
except TypeError as e:
    print("TypeError:", e)
print(date(2021, 1, 1).weekday(), date(2021, 1, 1).isoweekday(), date(2021, 1, 1).isocalendar(), date(2021, 1, 1).toordinal())
print(date.fromordinal(738000), d.replace(year=2020, day=1), d.timetuple()[:6], date(2000, 1, 1).ctime())
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), max(d, datetime(2030, 1, 1)))
print(datetime.combine(date(2020, 1, 1), time(8, 30)), time(8, 30) < time(9), time(23, 59, 59, 999999).isoformat())
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution)
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
start = _time.time()
print(datetime.fromtimestamp(start).strftime("%H:%M:%S"), _time.strftime("%Y-%m-%d %H:%M:%S", _time.gmtime(0)))
print(_time.strftime("%X"), _time.localtime().tm_year, _time.asctime(), _time.ctime(0))
age = date(2021, 6, 1) - date(1990, 6, 15)
print(age.days // 365, f"{age.days:,} days")
print(f"{d:%d %b %Y}", format(d, "%H:%M"), "{:%Y}".format(d), f"{td}")
