# Subclasses of the datetime types show their own module and name in
# repr(), and keep their class through arithmetic where CPython does.
from datetime import date, datetime, time, timedelta, timezone


class Stamp(datetime):
    def label(self):
        return self.strftime('%d %b %Y')


class Day(date):
    pass


class Span(timedelta):
    pass


class Clock(time):
    pass


s = Stamp(2024, 5, 17, 9, 30)
print(repr(s), s, s.label())
print(repr(Day(2024, 1, 2)), repr(Span(days=1, seconds=5)), repr(Clock(7, 15)))
print(repr(timezone.utc), repr(timezone(timedelta(hours=-3), 'BRT')))
print(type(s + timedelta(days=1)).__name__, type(s.replace(day=1)).__name__)
print(type(Day(2024, 1, 2) + timedelta(1)).__name__, type(Span(1) + Span(2)).__name__)
print(repr(Stamp.fromisoformat('2024-05-17T10:00:00+02:00')))
print(repr(Stamp(2024, 1, 1, tzinfo=timezone.utc)), repr(Clock(1, 2, 3, 4, tzinfo=timezone.utc)))
print(repr(Day.fromordinal(1)), repr(Day.fromisoformat('2024-02-29')))
print(repr(Stamp.combine(date(2024, 1, 1), time(8))))
