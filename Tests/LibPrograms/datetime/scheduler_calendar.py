# A periodic scheduler on the virtual clock with aware datetimes; month
# arithmetic with calendar.monthrange.
import asyncio
from datetime import date, datetime, time, timedelta, timezone
UTC = timezone.utc
async def scheduler(start, period, count, out):
    nxt = start
    for i in range(count):
        delay = (nxt - datetime.now(UTC)).total_seconds()
        await asyncio.sleep(max(delay, 0))
        now = datetime.now(UTC)
        out.append(f'{now:%Y-%m-%d %H:%M:%S.%f} run {i} drift={(now - nxt).total_seconds():+.3f} next={nxt + period:%a %H:%M}')
        nxt += period
async def main():
    t0 = datetime.now(UTC)
    print(t0, repr(t0), t0.timestamp(), datetime.now(), datetime.utcnow(), date.today(), datetime.today().date())
    out = []
    await asyncio.gather(scheduler(t0 + timedelta(seconds=1.5), timedelta(minutes=15), 3, out), scheduler(t0, timedelta(hours=6, seconds=0.25), 4, out))
    print(*out, sep='\n')
    now = datetime.now(UTC)
    print(now - t0, (now - t0).total_seconds(), divmod(now - t0, timedelta(hours=1)), now.astimezone(timezone(timedelta(hours=-8))).strftime('%c %Z'))
    age = date(2024, 6, 1) - date(1990, 2, 28)
    print(age.days // 365, age, repr(age), f'{age.days:,} days')
    def add_months(d, n):
        m = d.month - 1 + n
        y = d.year + m // 12
        m = m % 12 + 1
        import calendar
        return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
    print([add_months(date(2024, 1, 31), k).isoformat() for k in range(0, 14, 3)])
    week = [date(2024, 1, 1) + timedelta(days=i) for i in range(7)]
    print([d.strftime('%a') for d in week], [d.isocalendar().week for d in week], [d.isoweekday() for d in week])
    print(datetime(2024, 1, 1, 12).replace(minute=30).time(), time(12, 30) < time(13), datetime.combine(date(2024, 1, 1), time(23, 59)) + timedelta(minutes=2))
    print(datetime.fromtimestamp(t0.timestamp() + 86400 * 365, UTC), datetime.fromtimestamp(0, timezone(timedelta(hours=9))), datetime(2000, 1, 1, tzinfo=UTC).timestamp())
asyncio.run(main())
