import locale
import warnings

print(repr(locale.setlocale(locale.LC_ALL)))
print(repr(locale.setlocale(locale.LC_CTYPE)), repr(locale.setlocale(locale.LC_NUMERIC)))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.localeconv())
print(locale.format_string('%d items, %.2f each, %s', (1234567, 1234.5, 'x'), grouping=True))
print(locale.format_string('%s|%5.1f|%-6d|%%|%x', ('a', 2.25, 42, 255)))
print(locale.format_string('%(a)s %(b).1f', {'a': 1, 'b': 2.0}), locale.format_string('%*d', (5, 42)))
print(locale.str(3.14), locale.str(1e20), locale.str(0.1 + 0.2), locale.atof('1.5'), locale.atof('1e3'), locale.atoi('42'))
print(locale.delocalize('1.5'), locale.localize('1234.5', grouping=True))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'), locale.strxfrm('abc'))
print(sorted(['b', 'B', 'a', 'é'], key=locale.strxfrm))
for n in ['C', 'POSIX', 'c.utf8', 'C.UTF-8', 'en_US', 'en_US.utf8', 'en', 'de_DE', 'de_DE.UTF-8',
          'fr_FR', 'ja_JP.eucJP', 'en_GB', 'es_ES', 'it', 'pt_BR', 'zh_CN', 'ru_RU', 'xx', 'en_US@euro', 'C.ascii']:
    print(repr(n), repr(locale.normalize(n)))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), repr(locale.setlocale(locale.LC_ALL)))
print(locale.setlocale(locale.LC_ALL, ''), locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'))
print(repr(locale.setlocale(locale.LC_ALL)))
print(locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, None), locale.CHAR_MAX, locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(locale.getdefaultlocale(), w[0].category.__name__, w[0].message)
print(issubclass(locale.Error, Exception), locale.Error.__name__)
locale.setlocale(locale.LC_ALL, 'C')
for bad in [lambda: locale.setlocale(locale.LC_ALL, 'xx_YY'), lambda: locale.setlocale(locale.LC_ALL, ('en_US', 'UTF-8')),
            lambda: locale.currency(1.5), lambda: locale.setlocale(99), lambda: locale.setlocale('x'),
            lambda: locale.atoi('1.5'), lambda: locale.strcoll('a', 1)]:
    try:
        print(bad())
    except (locale.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
locale.setlocale(locale.LC_ALL, 'C.UTF-8')
try:
    locale.setlocale(locale.LC_NUMERIC, 'C')
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
