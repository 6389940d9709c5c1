# string.Template over a template that is not a str reports the type the way
# re does (CPython substitutes through its compiled pattern).
import string

for tpl in [5, None, b'$x', ['$x']]:
    for method in ('substitute', 'safe_substitute'):
        try:
            print(getattr(string.Template(tpl), method)(x=1))
        except TypeError as e:
            print(repr(tpl), method, type(e).__name__, e)
print(string.Template('$x and ${y}').substitute(x=1, y=2), string.Template(str('$$x')).safe_substitute())
