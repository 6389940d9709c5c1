# calendar: leap years, month ranges, names, month grids and text calendars.
import asyncio
import calendar
from datetime import date

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.weekday(2024, 2, 29))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(list(calendar.month_name), list(calendar.month_abbr)[1:4], list(calendar.day_name), list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 3, w=3))
print(calendar.weekheader(2), calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
c = calendar.Calendar(firstweekday=6)
print([d.isoformat() for d in c.itermonthdates(2024, 2)][:9])
print(list(c.itermonthdays2(2024, 2))[:8], list(c.iterweekdays()))
print(c.monthdays2calendar(2024, 2)[0], len(c.yeardatescalendar(2024)))
for bad in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print('IllegalMonthError:', e, isinstance(e, ValueError))
try:
    calendar.TextCalendar().formatweekday(9, 3)
except calendar.IllegalWeekdayError as e:
    print('IllegalWeekdayError:', e)
except IndexError as e:
    print('IndexError:', e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 9, 2, 1))
print(calendar.calendar(2024, 2, 1, 6, 3)[:300])
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:200])


async def payday(year, months):
    for m in months:
        await asyncio.sleep(0.1)
        last = calendar.monthrange(year, m)[1]
        d = date(year, m, last)
        while d.weekday() >= calendar.SATURDAY:
            d = d.replace(day=d.day - 1)
        print(f'{calendar.month_name[m]:>9}: {d:%a %d}')

asyncio.run(payday(2024, [1, 3, 6, 8]))
