# copy.copy/deepcopy of timezones and aware datetimes (tzinfo.__reduce__).
import copy, datetime as dt
for o in [dt.timezone.utc, dt.timezone(dt.timedelta(hours=2), "X"), dt.datetime(2024,1,1,tzinfo=dt.timezone.utc), dt.date(2024,1,1), dt.timedelta(1), dt.time(1, tzinfo=dt.timezone.utc)]:
    for f in (copy.copy, copy.deepcopy):
        try:
            r = f(o)
            print(repr(r), r == o)
        except Exception as e:
            print(type(e).__name__, e)
