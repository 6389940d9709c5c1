# time: the virtual wall clock from 1991-02-20 00:00:00 UTC, monotonic
# clocks, blocking sleep inside and outside an event loop, struct_time,
# gmtime/localtime/mktime, strftime/asctime/ctime.
import asyncio
import time

print(time.time(), time.monotonic(), time.perf_counter(), time.process_time(), time.time_ns())
print(time.strftime('%Y-%m-%d %H:%M:%S %A %B %j %U %W %w %a %b %p %I %y %Z %z %%'))
print(time.ctime(), time.asctime(), time.ctime(0), time.timezone, time.daylight, time.tzname)
t = time.gmtime(1700000000.75)
print(t, len(t), t[:3], t.tm_zone, t.tm_gmtoff, t.tm_yday, t.tm_wday)
print(time.mktime(t), time.mktime(time.localtime()), time.localtime() == time.gmtime())
print(time.strftime('%c | %x | %X | %D | %T | %F | %R | %e | %G-W%V-%u', t))
for secs in (0, 86399, 951782400, 4102444800, -1):
    print(secs, tuple(time.gmtime(secs)))
time.sleep(2.5)
print('after blocking sleep', time.monotonic(), time.time())


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, 'at', asyncio.get_running_loop().time(), time.monotonic())


async def main():
    start = time.perf_counter()
    t = asyncio.create_task(worker('w', 1))
    time.sleep(3)
    print('blocked', asyncio.get_running_loop().time(), time.perf_counter() - start)
    await t
    print(f"finished at {time.strftime('%X')}")


asyncio.run(main())
print(time.monotonic(), time.time())
for bad in (lambda: time.sleep(-1), lambda: time.sleep('1'), lambda: time.gmtime('x'), lambda: time.strftime('%Y', (1, 2))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
