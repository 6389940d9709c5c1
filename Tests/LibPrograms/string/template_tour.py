# string.Template: substitution, safe_substitute, errors, identifiers,
# validity and subclass customisation.
from string import Template

t = Template('$who likes ${what}; $$5 costs $amount')
print(t.substitute(who='tim', what='kung pao', amount=3))
print(t.substitute({'who': 'a', 'what': 'b'}, amount='c'))
print(t.safe_substitute(who='x'))
print(t.get_identifiers(), t.is_valid(), t.template)
for bad in ['$who $', '${bad', '$1abc', 'ok $who']:
    tt = Template(bad)
    print(repr(bad), tt.is_valid(), tt.get_identifiers(), tt.safe_substitute(who='W'))
    try:
        print(tt.substitute(who='W'))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('$a').substitute({}, {})
except TypeError as e:
    print('TypeError', e)
try:
    Template('$a').substitute()
except KeyError as e:
    print('KeyError', e)


class Percent(Template):
    delimiter = '%'
    idpattern = '[a-z]+'


class Dotted(Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9.]*)'


class Flags(Template):
    flags = 0


print(Percent('%name is %%100 %age').substitute(name='ann', age=3))
print(Dotted('${a.b} $a').substitute({'a.b': 1, 'a': 2}))
print(Template('$Name $name').substitute(Name=1, name=2))
print(Flags('$abc $ABC').safe_substitute(abc=1, ABC=2))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
print(Template('$ü').safe_substitute({'ü': 1}), Template('${x}y').substitute(x=5))
print(Template.pattern.pattern.split())
