from datetime import datetime, timezone, timedelta, date, time as dtime
import time
d = datetime(2024, 3, 9, 7, 5, 3, 42, tzinfo=timezone(timedelta(hours=-4), "EDT"))
for f in ["%z", "%Z", "%G-%V-%u", "%e", "%-d/%-m", "%C", "%D", "%F", "%T", "%R", "%r", "%h", "%n|%t|", "%s" if False else "%%", "%k", "%l", "%P", "%g", "%y%Y", "%:z" if False else "%Ez", "%Oy", "%+"]:
    try:
        print(repr(f), repr(d.strftime(f)))
    except ValueError as e:
        print(repr(f), "ValueError", e)
print(datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z %Z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(dtime(13, 5).strftime("%I:%M %p"), date(2024, 12, 30).isocalendar(), date(2024, 12, 30).strftime("%G %V %U %W"))
print(time.strftime("%Y-%m-%dT%H:%M:%S%z", time.gmtime(86400)), time.strftime("%j %a", time.localtime(0)))
print(datetime.strptime("2024-03-09T07:05:03-0400", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.strptime("2024-03-09 07:05:03.123", "%Y-%m-%d %H:%M:%S.%f").microsecond)
print(datetime.strptime("Mar 9 2024", "%b %d %Y"), datetime.strptime("Saturday, March 09, 2024", "%A, %B %d, %Y").date())
print(datetime.strptime("24/3/9", "%y/%m/%d"), datetime.strptime("12:30", "%H:%M"))
try:
    datetime.strptime("2024-03-09 junk", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(time.strptime("2024-03-09", "%Y-%m-%d")[:6], time.mktime(time.localtime(100)), time.gmtime(0).tm_zone if hasattr(time.gmtime(0), "tm_zone") else None)
