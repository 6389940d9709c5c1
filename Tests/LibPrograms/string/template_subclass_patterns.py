# string.Template subclasses that change the delimiter, idpattern,
# braceidpattern, flags or the whole pattern (CPython compiles their regex).
import re
import string


class Percent(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'


class Strict(string.Template):
    flags = 0  # case-sensitive: only lowercase names


class Braced(string.Template):
    braceidpattern = r'[a-z]+(?:\.[a-z]+)*'


class Custom(string.Template):
    pattern = r'''
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[a-z]+)\}\} |
      (?P<braced>[a-z]+)\}\} |
      (?P<invalid>)
    )
    '''


print(Percent('%who %% %x1 %Who').safe_substitute(who='me', x='X', Who='W'))
print(Percent('%who owes %amount').substitute(who='Ann', amount=5))
print(Strict('$lower $Upper').safe_substitute(lower='l', Upper='U'))
print(Braced('${user.name} and $plain').substitute({'user.name': 'ann', 'plain': 'p'}))
print(Custom('Hi {{name}}, {{{{ literal').substitute(name='Bo'))
print(Percent('%who %').is_valid(), Percent('%who').get_identifiers())
print(isinstance(Percent.pattern, re.Pattern), Percent.pattern.flags & re.IGNORECASE != 0)
for tpl in [Percent('%who and %'), Strict('$Upper'), Custom('{{ bad')]:
    try:
        print(tpl.substitute(who='x'))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
