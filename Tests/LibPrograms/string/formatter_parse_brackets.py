# string.Formatter.parse scans a replacement field the way str.format does:
# inside [...] of a field name, '}', ':' and '!' are literal; a '{' in a
# field name is an error; an unclosed '[' runs to the end of the string.
import string

f = string.Formatter()
for s in ['{0[}', '{0[a}b]}', '{0[:]}', '{0[!]}', '{0[{]}', '{0:[}', '{0:{a[}]}',
          '{0!r[}', '{a{b}', '{0[a]]}', '{0[}]}', '{a[', '{0', '{0:', '{0!',
          'a{0:{1}}b', '{!r:>{w}}', '{0[x]}{1.y}']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)


class Keyed(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f'<{key}>')

k = Keyed()
print(k.format('{cfg[a}b]} {missing} {n:>{w}}', cfg={'a}b': 'braced key'}, n=7, w=4))
for bad in ['{0[}', '{x{y}']:
    try:
        k.format(bad)
    except ValueError as e:
        print(type(e).__name__, e)
