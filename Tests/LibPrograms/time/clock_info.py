# time.get_clock_info for every clock, as CPython 3.11 reports them on Linux.
import time

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.adjustable, info.monotonic, info.resolution)
try:
    time.get_clock_info('sundial')
except ValueError as e:
    print('ValueError:', e)
