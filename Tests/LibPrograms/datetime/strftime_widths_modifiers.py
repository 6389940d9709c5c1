# glibc strftime as CPython on Linux exposes it: field widths, the padding
# and case flags combined, E/O modifiers, and directives glibc does not know
# (copied as they are); plus the pure-Python datetime's fromordinal errors.
import time
from datetime import date, datetime, time as dtime, timezone, timedelta

d = datetime(2024, 3, 5, 7, 8, 9, 12345)
for fmt in ["%10Y|%1Y|%5d|%05d|%_5d|%-5d|%3H|%6m|%4e|%04e|%_3j",
            "%5a|%05a|%^8A|%#5b|%^#a|%8p|%^#p|%#P|%10D|%3n|%7%",
            "%-_5d|%_-5d|%0_5d|%04y|%5Ey|%3Od|%Ec|%EY|%Od|%OB",
            "%Ea|%Od|%5Q|%-Q|%E5y|%Oc|%012Ea",
            "%G-W%V-%u|%-j|%-m/%-d/%y|%l:%M %p|%k"]:
    print(repr(d.strftime(fmt)))

aware = datetime(2024, 3, 5, 18, 0, tzinfo=timezone(timedelta(hours=-5), "EST"))
print(aware.strftime("%Y-%m-%d %H:%M %z %Z|%8Z|%^Z|%#Z"))
print(dtime(13, 5).strftime("%I:%M %p|%_I|%-I %P"))
print(date(987, 6, 7).strftime("%Y|%4Y|%C|%y|%G"))
t = time.struct_time((1999, 12, 31, 23, 59, 0, 4, 365, 0))
print(time.strftime("%a %b %e %H:%M:%S %Y|%10s|%-y|%U %W", t))

for n in [0, -1, 1, 3652059, 3652060]:
    for cls in (date, datetime):
        try:
            print(cls.fromordinal(n))
        except ValueError as e:
            print(cls.__name__, "ValueError", e)
