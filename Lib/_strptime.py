"""strptime for time.strptime and datetime.strptime (CPython 3.11's
_strptime, for the C locale and the playground's UTC time zone)."""

import re
import time as _time

__all__ = []

_DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_DAY_ABBR = [d[:3] for d in _DAY_NAMES]
_MONTH_NAMES = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']
_MONTH_ABBR = [''] + [m[:3] for m in _MONTH_NAMES[1:]]


def _alternatives(names):
    ordered = sorted((n for n in names if n), key=len, reverse=True)
    return '(?:' + '|'.join(ordered) + ')'


_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + _alternatives(_DAY_NAMES) + ')',
    'a': '(?P<a>' + _alternatives(_DAY_ABBR) + ')',
    'B': '(?P<B>' + _alternatives(_MONTH_NAMES) + ')',
    'b': '(?P<b>' + _alternatives(_MONTH_ABBR) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_DIRECTIVES['W'] = _DIRECTIVES['U'].replace('U', 'W')
_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
               'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d',
               'e': '%d', 'h': '%b', 'r': '%I:%M:%S %p'}

_cache = {}


def _pattern(format):
    out = []
    used = set()
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%' and i + 1 < n:
            k = format[i + 1]
            i += 2
            if k in _COMPOSITES:
                out.append(_pattern(_COMPOSITES[k])[0])
                continue
            if k not in _DIRECTIVES:
                raise KeyError(k)   # _compiled names the whole format
            if k in used and k != '%':
                raise re.error(f'redefinition of group name {k!r}')
            used.add(k)
            out.append(_DIRECTIVES[k])
        elif c == '%':
            raise ValueError("stray %% in format '%s'" % format)
        elif c.isspace():
            out.append(r'\s+')
            while i < n and format[i].isspace():
                i += 1
            continue
        else:
            out.append(re.escape(c))
            i += 1
        continue
    return ''.join(out), used


def _compiled(format):
    regex = _cache.get(format)
    if regex is None:
        try:
            pattern = _pattern(format)[0]
        except KeyError as err:
            raise ValueError(f"'{err.args[0]}' is a bad directive in format '{format}'") from None
        regex = re.compile(pattern, re.IGNORECASE)
        _cache[format] = regex
    return regex


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """(tuple of fields, fraction, gmtoff, gmtoff_fraction, tzname)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = 'strptime() argument {} must be str, not {}'
            raise TypeError(msg.format(index, type(arg)))
    found = _compiled(format).match(data_string)
    if not found:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    tzname = None
    found_dict = found.groupdict()
    for group_key in found_dict.keys():
        value = found_dict[group_key]
        if value is None:
            continue
        if group_key == 'y':
            year = int(value)
            year += 1900 if year > 68 else 2000
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = _MONTH_NAMES.index(value.lower())
        elif group_key == 'b':
            month = _MONTH_ABBR.index(value.lower())
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = found_dict.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            s = value
            s += '0' * (6 - len(s))
            fraction = int(s)
        elif group_key == 'A':
            weekday = _DAY_NAMES.index(value.lower())
        elif group_key == 'a':
            weekday = _DAY_ABBR.index(value.lower())
        elif group_key == 'w':
            weekday = int(value)
            if weekday == 0:
                weekday = 6
            else:
                weekday -= 1
        elif group_key == 'u':
            weekday = int(value)
            weekday -= 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == 'U' else 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f'Inconsistent use of : in {found_dict["z"]}')
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = '0' * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == 'Z':
            tzname = value.upper()
            tz = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    import datetime as _dt
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = week_of_year_start == 0
            first_weekday = _dt.date(year, 1, 1).weekday()
            if not week_starts_Mon:
                first_weekday = (first_weekday + 1) % 7
                day_of_week = (weekday + 1) % 7
            else:
                day_of_week = weekday
            week_0_length = (7 - first_weekday) % 7
            if week_of_year == 0:
                julian = 1 + day_of_week - first_weekday
            else:
                days_to_week = week_0_length + (7 * (week_of_year - 1))
                julian = 1 + days_to_week + day_of_week
        elif iso_year is not None and iso_week is not None:
            year, month, day = _dt.date.fromisocalendar(iso_year, iso_week, weekday + 1)._getstate()
            julian = None
    if julian is None:
        julian = _dt.date(year, month, day).toordinal() - _dt.date(year, 1, 1).toordinal() + 1
    else:
        datetime_result = _dt.date.fromordinal((julian - 1) + _dt.date(year, 1, 1).toordinal())
        year = datetime_result.year
        month = datetime_result.month
        day = datetime_result.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             tzname, gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Return a time struct based on the input string and the format string."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:9] + (tt[9], tt[10]))


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """Return a class cls instance based on the input string and the format string."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime as _dt
        tzdelta = _dt.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _dt.timezone(tzdelta, tzname)
        else:
            tz = _dt.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
