# timedelta built from floats rounds as CPython's datetime does: the
# fractional days and seconds are carried as floats and the microseconds
# rounded half to even once.
from datetime import timedelta

for v in (2.5e-6, 1.5e-6, 5e-7, 1.0000005, -2.5e-6, 0.1, 1 / 3, 86399.9999995, -0.5, 1e-7):
    print(repr(timedelta(seconds=v)), repr(timedelta(days=v)), repr(timedelta(microseconds=v)))
    print(' ', repr(timedelta(minutes=v, seconds=3)), repr(timedelta(hours=v, microseconds=5)),
          repr(timedelta(weeks=v)), repr(timedelta(milliseconds=v)))
print(timedelta(days=1.5, hours=0.5), timedelta(seconds=2.5e-6), timedelta(days=-0.000001))
print(timedelta(days=3.7, seconds=-12.25, microseconds=0.75), timedelta(hours=-1.0000001))
for bad in (float('nan'), float('inf')):
    for kw in ('days', 'seconds', 'microseconds'):
        try:
            timedelta(**{kw: bad})
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
try:
    timedelta(days=1e10)
except OverflowError as e:
    print('OverflowError:', e)
