# string.Formatter.parse reports an unterminated field like str.format, and
# Template.substitute takes an explicit None mapping as a mapping.
import string
for s in ['{', 'a{', '{0', '{0:', '{0!', '{0!r', '{{{', '{!', '{:', '{a[:]', '{a[!]', 'ok {0:{1}', 'x{0}y{']:
    try: print(repr(s), list(string.Formatter().parse(s)))
    except ValueError as e: print(repr(s), e)
    try: print(s.format(1, 2))
    except (ValueError, IndexError, KeyError) as e: print(type(e).__name__, e)
for m in [None, {'a': 1}]:
    try: print(string.Template('$a').substitute(m))
    except Exception as e: print(type(e).__name__, e)
print(string.Template('$a').substitute(a=5), string.Template('$a').safe_substitute())
