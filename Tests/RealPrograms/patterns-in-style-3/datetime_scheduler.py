# Source: written for Interleave's corpus in the style of scheduling/reminder examples (datetime arithmetic, strftime) (not from a public source)
# Adapted: nothing
import asyncio
from datetime import date, datetime, time, timedelta, timezone
import calendar


START = datetime(2024, 2, 27, 9, 30, tzinfo=timezone.utc)


def next_weekday(d: date, weekday: int) -> date:
    days = (weekday - d.weekday()) % 7 or 7
    return d + timedelta(days=days)


def business_days(start: date, end: date) -> int:
    count = 0
    day = start
    while day <= end:
        if day.weekday() < 5:
            count += 1
        day += timedelta(days=1)
    return count


class Reminder:
    def __init__(self, title, when: datetime, every: timedelta | None = None):
        self.title = title
        self.when = when
        self.every = every

    def occurrences(self, until: datetime):
        current = self.when
        while current <= until:
            yield current
            if self.every is None:
                return
            current += self.every

    def __repr__(self):
        return f"Reminder({self.title!r}, {self.when:%Y-%m-%d %H:%M}, every={self.every})"


async def fire(reminder: Reminder, delay: float, out: list):
    await asyncio.sleep(delay)
    out.append(f"{reminder.title} at {reminder.when.isoformat()}")


async def main():
    print(START, START.isoformat(), START.strftime("%A %d %B %Y, %I:%M %p %Z"))
    print(START + timedelta(days=2), (START + timedelta(days=2)).strftime("%j %U %w %a %b"))
    print(repr(timedelta(days=1, hours=3, minutes=5)), timedelta(hours=-1), timedelta(seconds=90061.5))
    print(timedelta(days=3) / timedelta(hours=12), timedelta(days=1) // 7, timedelta(minutes=90).total_seconds())
    print(next_weekday(START.date(), 0), business_days(date(2024, 2, 1), date(2024, 2, 29)))
    print(calendar.isleap(2024), calendar.monthrange(2024, 2), date(2024, 2, 29).isocalendar())
    reminders = [
        Reminder("standup", START, timedelta(days=1)),
        Reminder("review", START.replace(hour=14, minute=0)),
        Reminder("backup", START - timedelta(hours=9, minutes=30), timedelta(hours=8)),
    ]
    until = START + timedelta(days=2)
    for r in reminders:
        print(r)
        print("  ", [o.strftime("%m/%d %H:%M") for o in r.occurrences(until)])
    out = []
    await asyncio.gather(*(fire(r, i * 0.1, out) for i, r in enumerate(reversed(reminders))))
    print(out)
    dt = datetime.fromisoformat("2024-03-10T01:59:59.250000+05:30")
    print(dt, dt.utcoffset(), dt.astimezone(timezone.utc), dt.tzname())
    print(dt.timestamp(), datetime.fromtimestamp(0, timezone.utc))
    naive = datetime(2023, 12, 31, 23, 59, 59)
    print(naive + timedelta(seconds=1), (naive + timedelta(seconds=1)).year, naive.replace(microsecond=5))
    print(datetime.strptime("2024-07-04 18:05", "%Y-%m-%d %H:%M"), date.fromisoformat("2024-01-05").toordinal())
    print(time(7, 5, 3, 120), time(23, 0).isoformat(timespec="minutes"), date(2024, 1, 1) < date(2024, 1, 2))
    print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 31)]))
    print(f"{START:%H:%M} | {date(2024, 1, 5):%d.%m.%y} | {timedelta(0)}")
    print(datetime(2024, 1, 1) - datetime(2023, 1, 1), abs(timedelta(days=-2, hours=1)))


asyncio.run(main())
