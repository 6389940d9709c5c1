# Mixed date/datetime arithmetic and comparisons under the oracle's
# pure-Python datetime: date - datetime subtracts the datetime's date
# (whole days), datetime - date is a TypeError, equality is False and
# ordering comparisons are TypeErrors.
import asyncio
from datetime import date, datetime, timedelta


async def deadline(days):
    await asyncio.sleep(days)
    return datetime(2024, 3, 1, 18, 30) + timedelta(days=days)


async def main():
    due = date(2024, 3, 10)
    for when in await asyncio.gather(deadline(1), deadline(5), deadline(12)):
        left = due - when
        print(when, '->', left, left.days, type(left).__name__)
    print(date(2024, 1, 1) - datetime(2024, 1, 1, 23, 59), date(2024, 1, 1) - datetime(2023, 12, 31, 0, 1))
    for label, fn in [('datetime - date', lambda: datetime(2024, 1, 2) - date(2024, 1, 1)),
                      ('date == datetime', lambda: date(2024, 1, 1) == datetime(2024, 1, 1)),
                      ('date < datetime', lambda: date(2024, 1, 1) < datetime(2024, 1, 2)),
                      ('datetime >= date', lambda: datetime(2024, 1, 2) >= date(2024, 1, 1))]:
        try:
            print(label, '->', fn())
        except TypeError as e:
            print(label, '-> TypeError:', e)


asyncio.run(main())
