# time and datetime read the run's virtual wall clock: localtime/strftime/struct_time fields, blocking sleep, a three-day asyncio.sleep, strptime, fromisoformat variants, timedelta strings.
import time, datetime as dt, asyncio
print(time.time(), time.localtime()[:6], time.gmtime()[:6], time.strftime("%c"), time.strftime("%x %X %p %j %U %w %Z %z"), time.asctime(), time.ctime())
st = time.localtime()
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff, repr(st)[:40], len(st), type(st).__name__)
print(time.mktime(st), time.timezone, time.altzone, time.daylight, time.tzname)
print(dt.datetime.now(), dt.datetime.today(), dt.date.today(), dt.datetime.utcnow(), dt.datetime.now(dt.timezone.utc), dt.datetime.fromtimestamp(time.time()), dt.datetime.now().astimezone().tzinfo if False else "")
t0 = time.perf_counter()
time.sleep(2.5)
print(round(time.perf_counter() - t0, 3), time.monotonic_ns(), time.perf_counter_ns(), time.time_ns())
async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    w0 = time.time()
    await asyncio.sleep(3600 * 24 * 3)
    print(loop.time() - start, time.time() - w0, dt.datetime.now())
    time.sleep(1)
    print(loop.time() - start, time.strftime("%Y-%m-%d %H:%M:%S"))
asyncio.run(main())
print(dt.datetime.now().strftime("%A %B %d %Y %I:%M %p"), dt.datetime.now().isoformat(timespec="minutes"))
d1 = dt.datetime(2024, 3, 31, 1, 30)
print(d1 + dt.timedelta(hours=1), (dt.date(2024, 12, 25) - dt.date(2024, 1, 1)).days, dt.date(2024, 2, 1).replace(day=29), dt.datetime.strptime("03/04/21 10:05PM", "%m/%d/%y %I:%M%p"), dt.datetime.strptime("Mon Jan  1 2024", "%a %b %d %Y"))
print(dt.timedelta(seconds=3661).__str__(), str(dt.timedelta(milliseconds=1500)), dt.timedelta(hours=1) // dt.timedelta(minutes=7), dt.timedelta(days=1.5), dt.timedelta(minutes=-1))
for s in ["2024-01-01T00:00:00Z", "2024-01-01T12:00:00+05:30", "2024-01-01", "20240101T120000", "2024-W01-1"]:
    try:
        print(dt.datetime.fromisoformat(s))
    except ValueError as e:
        print("ValueError", e)
print(time.strptime("12:30", "%H:%M")[3:5], time.strftime("%d/%m/%Y", (2020, 5, 17, 0, 0, 0, 0, 0, 0)))
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print(e)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
