import datetime
import pickle
import zoneinfo
from zoneinfo import ZoneInfo

# Expected output from plain CPython 3.11 (python3 fixed_zones.py): under the
# oracle, whose datetime is the pure-Python one, CPython cannot import zoneinfo.

utc = ZoneInfo('UTC')
print(utc, repr(utc), utc.key, ZoneInfo('UTC') is utc)
now = datetime.datetime(2024, 6, 30, 23, 59, tzinfo=utc)
print(now, now.tzname(), now.utcoffset(), now.dst(), now.isoformat())
print(repr(now))
for key in ['Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Zulu', 'Etc/GMT+5', 'Etc/GMT-9', 'Etc/GMT-14', 'Etc/GMT+12']:
    z = ZoneInfo(key)
    local = now.astimezone(z)
    print(f'{key:12} {local} {local.tzname()} {z.utcoffset(None)} {z.dst(None)}')
print(datetime.datetime(2024, 1, 1, tzinfo=ZoneInfo('Etc/GMT+3')) - datetime.datetime(2024, 1, 1, tzinfo=utc))
print(datetime.datetime.fromtimestamp(0, tz=utc), datetime.datetime(2000, 1, 1, tzinfo=ZoneInfo('Etc/GMT-1')).timestamp())
print(ZoneInfo.no_cache('UTC') is utc, ZoneInfo.no_cache('UTC') == utc)
print(pickle.loads(pickle.dumps(utc)) is utc)
for bad in ['Mars/Olympus_Mons', 'Etc/GMT+13', 'Etc/GMT+05', 'utc']:
    try:
        ZoneInfo(bad)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print(type(e).__name__, e, isinstance(e, KeyError))
for bad in ['/etc/localtime', '../secret', 'a//b']:
    try:
        ZoneInfo(bad)
    except ValueError as e:
        print('ValueError', e)
ZoneInfo.clear_cache()
print(ZoneInfo('UTC') is utc, ZoneInfo('UTC') == ZoneInfo('UTC'))
print(issubclass(ZoneInfo, datetime.tzinfo), zoneinfo.InvalidTZPathWarning.__mro__[1].__name__)
