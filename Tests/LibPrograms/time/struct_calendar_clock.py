import time, asyncio, calendar, datetime
t = time.gmtime()
print(t, t.tm_year, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff, tuple(t)[:3], len(t))
print(time.localtime(86400 * 365.25 * 30), time.mktime(time.localtime(1e9)), time.asctime(time.gmtime(0)), time.ctime(1e9))
print(time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(1700000000)), time.strftime('%j %U %W %w %y %Z %z %p %I', time.gmtime(1700000000)))
print(time.strptime('2024-02-03 04:05:06', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('30 Nov 00', '%d %b %y')[:6], time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(calendar.timegm(time.gmtime(12345)), time.monotonic(), time.perf_counter(), time.time(), time.time_ns(), time.monotonic_ns(), time.process_time(), time.thread_time())
print(time.timezone, time.altzone, time.daylight, time.tzname, time.get_clock_info('monotonic').monotonic)
async def main():
    t0 = time.monotonic(); w0 = time.time()
    await asyncio.sleep(2.5)
    time.sleep(1.25)
    print(time.monotonic() - t0, time.time() - w0, time.perf_counter(), datetime.datetime.now().isoformat(), time.strftime('%X'))
    loop = asyncio.get_running_loop()
    print(loop.time(), time.localtime().tm_sec)
asyncio.run(main())
try:
    time.strptime('2024', '%d')
except ValueError as e:
    print('ValueError', e)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
print(calendar.month(2024, 2), calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], list(calendar.month_abbr)[1:4])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(calendar.leapdays(2000, 2025), calendar.monthcalendar(2024, 3)[0], calendar.firstweekday())
