# A program reading its own source through linecache.
import json
import linecache

FILE = __file__
print(repr(linecache.getline(FILE, 1)))
print(repr(linecache.getline(FILE, 2)))
print(repr(linecache.getline(FILE, 0)), repr(linecache.getline(FILE, 10_000)))
lines = linecache.getlines(FILE)
print(len(lines) > 10, lines[-1])
print(FILE in linecache.cache, linecache.cache[FILE][2] is lines)
linecache.checkcache(FILE)
linecache.checkcache()
print(FILE in linecache.cache)
linecache.clearcache()
print(linecache.cache)
print(repr(linecache.getline('<stdin>', 1)), linecache.getlines('<string>'))
print(repr(linecache.getline('/no/such/file.py', 3)), linecache.getlines(''))
print(linecache.updatecache('/no/such/file.py'))
print(linecache.getline(json.__file__, 1) != '', len(linecache.getlines(json.dumps.__code__.co_filename)) > 100)


def where():
    import sys
    frame = sys._getframe()
    return linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()


print(where())
linecache.cache['virtual.py'] = (9, None, ['x = 1\n', 'y\n'], 'virtual.py')
print(linecache.getline('virtual.py', 2), end='')
linecache.checkcache('virtual.py')
print(linecache.getlines('virtual.py'))


class Loader:
    def get_source(self, name):
        return 'first\nsecond from ' + name


print(linecache.lazycache('lazy.py', {'__name__': 'lazymod', '__loader__': Loader()}))
print(linecache.cache['lazy.py'][0]() if len(linecache.cache['lazy.py']) == 1 else None)
print(linecache.getlines('lazy.py'), linecache.lazycache('lazy.py', None))
print(linecache.lazycache('<x>', {'__name__': 'm', '__loader__': Loader()}), linecache.lazycache('other.py', None))
print(linecache.getline('other2.py', 1, {'__name__': 'm2', '__loader__': Loader()}), end='')
print(sorted(linecache.__all__))
# last line
