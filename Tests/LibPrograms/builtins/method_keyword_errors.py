# Builtin methods that take no keyword arguments name their type, as in
# CPython 3.11 ("str.find() takes no keyword arguments").
import operator

calls = [
    lambda: 'x'.find('a', start=1),
    lambda: 'x'.rjust(5, fillchar='*'),
    lambda: 'x'.replace('a', 'b', count=1),
    lambda: 'x'.startswith('a', start=1),
    lambda: 'x'.count('x', start=1),
    lambda: 'x'.index('x', start=1),
    lambda: [].index(1, start=0),
    lambda: [].insert(i=1),
    lambda: (1,).index(1, start=0),
    lambda: b'x'.find(b'x', start=1),
    lambda: b'x'.center(5, fillchar=b'1'),
    lambda: {}.get(1, default=2),
    lambda: {}.pop(1, default=2),
    lambda: bytearray().append(x=1),
    lambda: operator.methodcaller('rjust', 5, fillchar='*')('x'),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)


class Name(str):
    pass


try:
    Name('n').find('a', start=0)
except TypeError as e:
    print(e)
