# datetime's errors for bad field and operand types (CPython 3.11's
# messages: fields go through operator.index).
from datetime import date, datetime, time, timedelta, timezone

attempts = [
    lambda: date('2024', 1, 1),
    lambda: date(2024.0, 1, 1),
    lambda: datetime(2024, 1, 1, 10.5),
    lambda: time('10'),
    lambda: date(2024, 2, 30),
    lambda: datetime(2024, 13, 1),
    lambda: timedelta('1'),
    lambda: timedelta(seconds='1'),
    lambda: timedelta(minutes=None),
    lambda: timedelta(hours=1) / 0,
    lambda: timedelta(hours=1) / 0.0,
    lambda: timedelta(hours=1) // 0,
    lambda: date.today().strftime(5),
    lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
    lambda: timezone(timedelta(hours=25)),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 5

print(date(2024, Index(), Index()), time(Index()), datetime(2024, 1, 1, True))
