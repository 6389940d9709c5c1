# string: constants, capwords, Template (substitute, safe_substitute,
# escapes, braces, errors, identifiers) and Formatter.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('  hello   wide  world '), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}; costs $$5 $amount')
print(t.substitute(who='tim', what='kung pao', amount=3))
print(t.safe_substitute({'who': 'ann'}), t.template)
print(t.substitute({'who': 'x', 'what': 'y'}, amount='override'))
print(t.get_identifiers(), t.is_valid(), string.Template('bad $ here').is_valid())
for tmpl, kw in (('$missing', {}), ('line1\nbad $ sign', {}), ('${unclosed', {}), ('$1', {})):
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('$a $ b').safe_substitute(a=1))


class Dotted(string.Template):
    delimiter = '%'


print(Dotted('%x and %%').substitute(x=7))
f = string.Formatter()
print(f.format('{0}-{1!r}-{name:>5}|{0:{w}}|', 3, 'b', name='n', w=4))
print(list(f.parse('a{0}b{x!s:>3}c{{d}}')))
print(f.format('{p[0]}.{p[1]} {o.real}', p=(1, 2), o=5))
for bad in ('{0', '}', '{0!x}'):
    try:
        f.format(bad, 1)
    except ValueError as e:
        print('ValueError', e)
