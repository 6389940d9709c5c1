"""The `time` module of Interleave (served under the name `time`).

Clocks follow shared/DESIGN.md ("Clocks"): the run has one virtual wall
clock, EPOCH + elapsed, where EPOCH is 1991-02-20 00:00:00 UTC and elapsed
is the virtual seconds elapsed in the run so far (all event loops' clock
jumps plus blocking sleeps, from the native `_interleave_clock`). The time
zone is UTC. time.sleep(s) blocks: it advances the running loop's clock by s
without running anything else.
"""

import _interleave_clock

__all__ = ['altzone', 'asctime', 'ctime', 'daylight', 'get_clock_info',
           'gmtime', 'localtime', 'mktime', 'monotonic', 'monotonic_ns',
           'perf_counter', 'perf_counter_ns', 'process_time',
           'process_time_ns', 'sleep', 'strftime', 'strptime', 'struct_time',
           'thread_time', 'thread_time_ns', 'time', 'time_ns', 'timezone',
           'tzname']

EPOCH = 667008000

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

CLOCK_MONOTONIC = 1
CLOCK_REALTIME = 0


def time():
    """Return the current (virtual) time in seconds since the Epoch."""
    return EPOCH + _interleave_clock.elapsed()


def time_ns():
    """Return the current (virtual) time in nanoseconds since the Epoch."""
    return EPOCH * 1000000000 + int(_interleave_clock.elapsed() * 1e9)


def monotonic():
    """Monotonic clock: the virtual seconds elapsed in this run."""
    return _interleave_clock.elapsed()


def monotonic_ns():
    """Monotonic clock in nanoseconds."""
    return int(_interleave_clock.elapsed() * 1e9)


perf_counter = monotonic
perf_counter_ns = monotonic_ns


def process_time():
    """CPU time of the process: always 0 in the playground."""
    return 0.0


def process_time_ns():
    return 0


thread_time = process_time
thread_time_ns = process_time_ns


def sleep(secs):
    """Delay execution for a given number of (virtual) seconds; blocks the
    running event loop, as in CPython."""
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    _interleave_clock.sleep(secs)


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return (f'namespace(implementation={self.implementation!r}, monotonic={self.monotonic!r}, '
                f'adjustable={self.adjustable!r}, resolution={self.resolution!r})')


def get_clock_info(name):
    if name == 'time':
        return _ClockInfo('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09)
    if name in ('monotonic', 'perf_counter'):
        return _ClockInfo('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09)
    if name == 'process_time':
        return _ClockInfo('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09)
    if name == 'thread_time':
        return _ClockInfo('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09)
    raise ValueError('unknown clock')


_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        extra = dict or {}
        object.__setattr__(self, '_zone', seq[9] if n > 9 else extra.get('tm_zone'))
        object.__setattr__(self, '_gmtoff', seq[10] if n > 10 else extra.get('tm_gmtoff'))
        return self

    def __setattr__(self, name, value):
        # Fields are read-only members and a structseq has no __dict__.
        if name in _FIELDS or name in ('tm_zone', 'tm_gmtoff'):
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({fields})'

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _civil_from_days(days):
    """(year, month, day) of `days` since 1970-01-01."""
    # Howard Hinnant's algorithm.
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = m + (-3 if m > 2 else 9)
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _seconds(secs, name):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1)
    return secs


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _broken_down(secs, 'GMT')


def _broken_down(secs, zone):
    s = _seconds(secs, 'gmtime')
    if not -2**63 <= s < 2**63:
        raise OverflowError('timestamp out of range for platform time_t')
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    if not -2**31 <= y - 1900 < 2**31:
        # glibc's gmtime: tm_year does not fit an int (EOVERFLOW)
        raise OSError(75, 'Value too large for defined data type')
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = _DAYS_BEFORE_MONTH[m] + d + (1 if m > 2 and _is_leap(y) else 0)
    return struct_time((y, m, d, hh, mm, ss, wday, yday, 0, zone, 0))


def localtime(secs=None):
    """Convert seconds since the Epoch to a local time tuple (UTC here)."""
    return _broken_down(secs, 'UTC')


def _tuple(t, name):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{name}(): illegal time tuple argument')
    for v in t:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return t


def mktime(t):
    """Convert a time tuple in local time (UTC) to seconds since the Epoch."""
    t = _tuple(t, 'mktime')
    y, mo, d, hh, mi, ss = t[:6]
    extra_years, mo0 = divmod(mo - 1, 12)
    days = _days_from_civil(y + extra_years, mo0 + 1, 1) + d - 1
    return float(days * 86400 + hh * 3600 + mi * 60 + ss)


_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAME = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAME = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    t = _tuple(t, 'asctime')
    _check_tuple(t)
    return '%s %s %2d %02d:%02d:%02d %d' % (
        _DAY_ABBR[t[6] % 7], _MONTH_ABBR[t[1]], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def _check_tuple(t):
    if not 1 <= t[1] <= 12:
        raise ValueError('month out of range')
    if not 1 <= t[2] <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= t[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= t[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= t[5] <= 61:
        raise ValueError('seconds out of range')
    if not -1 <= t[6]:
        raise ValueError('day of week out of range')
    if not 0 <= t[7] <= 366:
        raise ValueError('day of year out of range')


def _iso_week(y, yday, wday):
    """(ISO year, ISO week number) for year y, day of year, weekday (Mon=0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        days_in_prev = 366 if _is_leap(y) else 365
        week = (yday + days_in_prev - wday + 9) // 7
    elif week == 53:
        days_in_year = 366 if _is_leap(y) else 365
        if yday - wday + 3 > days_in_year:
            y += 1
            week = 1
    return y, week


def format_tm(fmt, tm, zone='UTC', gmtoff='+0000', micro=None):
    """strftime over the fields (year, mon, mday, hour, min, sec, wday, yday)."""
    y, mo, d, hh, mi, ss, wday, yday = tm[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        # glibc's flags (%-d, %_H, %^a...), a field width (%10Y, %5a) and
        # E/O modifiers (%Ey, %Od).
        j = i + 1
        pad = None
        case = None
        while j + 1 < n and fmt[j] in _FLAGS:
            if fmt[j] == '^':
                case = '#^' if case == '#' else '^'
            elif fmt[j] == '#':
                case = '#^' if case == '^' else '#'
            else:
                pad = fmt[j]
            j += 1
        width = 0
        while j + 1 < n and fmt[j].isdigit():
            width = width * 10 + ord(fmt[j]) - 48
            j += 1
        modifier = None
        if fmt[j] in 'EO' and j + 1 < n:
            modifier = fmt[j]
            j += 1
        k = fmt[j]
        start = i
        i = j + 1
        if modifier is not None and k not in (_E_CONVERSIONS if modifier == 'E' else _O_CONVERSIONS):
            # glibc copies a directive it does not know, padded to the width.
            out.append(_apply_flags(pad, case, width, '%', fmt[start:i]))
            continue
        mark = len(out)
        if k == 'a':
            out.append(_DAY_ABBR[wday % 7])
        elif k == 'A':
            out.append(_DAY_NAME[wday % 7])
        elif k in 'bh':
            out.append(_MONTH_ABBR[mo])
        elif k == 'B':
            out.append(_MONTH_NAME[mo])
        elif k == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAY_ABBR[wday % 7], _MONTH_ABBR[mo], d, hh, mi, ss, y))
        elif k == 'C':
            out.append('%d' % (y // 100))  # glibc: no padding (year 987 -> 9)
        elif k == 'd':
            out.append('%02d' % d)
        elif k == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif k == 'e':
            out.append('%2d' % d)
        elif k == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif k == 'f' and micro is not None:
            out.append('%06d' % micro)
        elif k == 'G':
            out.append('%d' % _iso_week(y, yday, wday)[0])
        elif k == 'g':
            out.append('%02d' % (_iso_week(y, yday, wday)[0] % 100))
        elif k == 'H':
            out.append('%02d' % hh)
        elif k == 'I':
            out.append('%02d' % ((hh % 12) or 12))
        elif k == 'j':
            out.append('%03d' % yday)
        elif k == 'k':
            out.append('%2d' % hh)
        elif k == 'l':
            out.append('%2d' % ((hh % 12) or 12))
        elif k == 'm':
            out.append('%02d' % mo)
        elif k == 'M':
            out.append('%02d' % mi)
        elif k == 'n':
            out.append('\n')
        elif k == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif k == 'P':
            out.append('am' if hh < 12 else 'pm')
        elif k == 'r':
            out.append('%02d:%02d:%02d %s' % ((hh % 12) or 12, mi, ss, 'AM' if hh < 12 else 'PM'))
        elif k == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif k == 's':
            days = _days_from_civil(y, mo, d)
            out.append('%d' % (days * 86400 + hh * 3600 + mi * 60 + ss))
        elif k == 'S':
            out.append('%02d' % ss)
        elif k == 't':
            out.append('\t')
        elif k == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif k == 'u':
            out.append('%d' % (wday % 7 + 1))
        elif k == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif k == 'V':
            out.append('%02d' % _iso_week(y, yday, wday)[1])
        elif k == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif k == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif k == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif k == 'X':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif k == 'y':
            out.append('%02d' % (y % 100))
        elif k == 'Y':
            out.append('%d' % y)
        elif k == 'z':
            out.append(gmtoff)
        elif k == 'Z':
            out.append(zone)
        elif k == '%':
            out.append('%')
        else:
            out.append(_apply_flags(pad, case, width, '%', fmt[start:i]))
            continue
        if len(out) > mark:
            out[-1] = _apply_flags(pad, case, width, k, out[-1])
    return ''.join(out)


_FLAGS = '-_0^#'
_E_CONVERSIONS = 'cCnpPrRstTuxXyYzZ%'
_O_CONVERSIONS = 'bBCdegGhHIjklmMnpPrRsStTuUVwWyzZ%'


# Conversions glibc formats as numbers (zero-padded unless noted in
# _SPACE_PADDED); everything else is text, padded with spaces.
_NUMERIC = 'CdegGHIjklmMsSuUVwWyY'
_SPACE_PADDED = 'ekls'


def _apply_flags(pad, case, width, k, text):
    """glibc strftime's case flags (^ #), padding flags (- _ 0) and field
    width applied to one conversion's default text."""
    # `case` holds the flags among ^ (upper case) and # (swap case: glibc
    # raises day and month names and lowers AM/PM and the zone; lowering
    # wins over ^).
    if k == 'P' or not case:
        pass  # glibc's %P is lower case whatever the flags say
    elif '#' in case and k in 'pZ':
        text = text.lower()
    elif '^' in case or k in 'aAbBh':
        text = text.upper()
    numeric = k in _NUMERIC
    if numeric and pad is not None:
        body = text.lstrip('0 ') or '0'
        fill = len(text) - len(body)
        if pad == '-':
            text = body
        elif pad == '_':
            text = ' ' * fill + body
        else:
            text = '0' * fill + body
    if width > len(text):
        zero = pad == '0' or (numeric and pad is None and k not in _SPACE_PADDED)
        text = ('0' if zero else ' ') * (width - len(text)) + text
    return text


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    zone = getattr(t, 'tm_zone', None) or 'UTC'
    gmtoff = '+0000'
    if isinstance(t, struct_time) and t.tm_zone is None:
        # A struct_time without zone fields (datetime.timetuple() of a
        # naive datetime): CPython's %Z and %z give nothing.
        zone = gmtoff = ''
    t = _tuple(t, 'strftime')
    t = list(t)
    if t[1] == 0:
        t[1] = 1
    if t[2] == 0:
        t[2] = 1
    if t[7] == 0:
        t[7] = 1
    _check_tuple(t)
    return format_tm(format, t, zone, gmtoff)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(string, format)


struct_time.__module__ = 'time'


class _BuiltinFunction:
    """Makes a module function behave like a C builtin: it does not bind as
    a method when stored on a class (logging's `Formatter.converter =
    time.gmtime` idiom) and reprs as `<built-in function NAME>`."""

    def __init__(self, func):
        self._func = func
        self.__name__ = func.__name__
        self.__qualname__ = func.__name__
        self.__doc__ = func.__doc__
        self.__module__ = 'time'

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return f'<built-in function {self.__name__}>'


for _name in ('time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter',
              'perf_counter_ns', 'process_time', 'process_time_ns', 'thread_time',
              'thread_time_ns', 'sleep', 'get_clock_info', 'gmtime', 'localtime',
              'mktime', 'asctime', 'ctime', 'strftime', 'strptime'):
    globals()[_name] = _BuiltinFunction(globals()[_name])
del _name
