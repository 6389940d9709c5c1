import csv
import io

data = 'name,age,note\r\nAlice,30,"likes ""quotes"", commas"\r\n\r\nBob,25,"multi\nline"\r\n"Eve",,plain\r\n'
for row in csv.reader(io.StringIO(data, newline='')):
    print(row)
r = csv.reader(['a;b;c', '1;"2;3";4'], delimiter=';')
print(list(r), r.line_num, type(r.dialect).__name__)
print(list(csv.reader(['x, "y", z'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\\\d', 'e\\'], escapechar='\\')))
print(list(csv.reader(['1,2.5,"x"', '"3",-4e2,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a"b,c', 'x"y"z,"p""q"'])))
print(list(csv.reader(['"a,b', 'c"d', 'e'])), list(csv.reader(['"open'])))
print(list(csv.reader(['a\tb\t"c\td"'], dialect='excel-tab')), list(csv.reader([' "a" ,b'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a,b\n', 'c,d\r\n', '\n', 'e\r'])))

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['plain', 'with,comma', 'with "quote"', 'new\nline', '', None, 3, 2.5, True]))
w.writerows([[1, 2], [], [''], ('t', 'u')])
print(repr(out.getvalue()))
for kwargs in [dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
               dict(quoting=csv.QUOTE_NONE, escapechar='\\'), dict(doublequote=False, escapechar='\\'),
               dict(dialect='unix'), dict(dialect='excel-tab'), dict(delimiter='|', lineterminator='\n'),
               dict(quotechar="'")]:
    out = io.StringIO()
    csv.writer(out, **kwargs).writerow(['a b', 'c,d', 'e"f', "g'h", 1, None, 'x|y', 'p\\q'])
    print(kwargs, repr(out.getvalue()))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'score'], restval='n/a')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'Ann', 'score': 9.5})
dw.writerows([{'id': 2, 'name': 'Bo'}, {'name': 'Cy, Jr.', 'id': 3, 'score': 7}])
print(out.getvalue(), end='')
rd = csv.DictReader(io.StringIO(out.getvalue()))
print(rd.fieldnames, rd.line_num)
for row in rd:
    print(row, rd.line_num)
rd = csv.DictReader(['1,2,3,4', '', '5'], fieldnames=['a', 'b'], restkey='extra', restval='?')
print(list(rd))
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
ig = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
print(ig.writerow({'a': 1, 'zzz': 2}))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(csv.list_dialects(), d.delimiter, d.quoting, d.quotechar, repr(d.lineterminator), d.escapechar, d.strict)
class Semi(csv.excel):
    delimiter = ';'
csv.register_dialect('semi', Semi)
print(list(csv.reader(['a;b'], 'semi')), list(csv.reader(['a;b'], Semi)), list(csv.reader(['a|b'], d, delimiter=';')))
csv.unregister_dialect('semi')
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.excel().delimiter, csv.unix_dialect.lineterminator == '\n')

def attempt(f):
    try:
        print(f())
    except (csv.Error, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

attempt(lambda: list(csv.reader(['x' * 11])))
csv.field_size_limit(131072)
attempt(lambda: list(csv.reader(['"abc'], strict=True)))
attempt(lambda: list(csv.reader(['"a"b'], strict=True)))
attempt(lambda: list(csv.reader(['a\rb'])))
attempt(lambda: list(csv.reader([b'a,b'])))
attempt(lambda: list(csv.reader(['abc'], quoting=csv.QUOTE_NONNUMERIC)))
attempt(lambda: csv.reader(5))
attempt(lambda: csv.writer(5))
attempt(lambda: csv.writer(io.StringIO()).writerow(5))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
attempt(lambda: csv.get_dialect('nope'))
attempt(lambda: csv.unregister_dialect('nope'))
attempt(lambda: csv.Dialect())
attempt(lambda: csv.field_size_limit('x'))
attempt(lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2}))
attempt(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad'))
for kw in [dict(delimiter=''), dict(delimiter=5), dict(delimiter='ab'), dict(quoting=9),
           dict(quoting='x'), dict(lineterminator=5), dict(escapechar='ab'), dict(quotechar=5),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(lineterminator=None), dict(bogus=1)]:
    attempt(lambda: csv.writer(io.StringIO(), **kw).writerow(['a"b']))
attempt(lambda: setattr(d, 'delimiter', ';'))
attempt(lambda: csv.writer(io.StringIO(), quotechar=None).writerow(['a"b,c']))
