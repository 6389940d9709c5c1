# print converts and writes its arguments in turn: what it wrote before an
# argument's __str__ raised still shows, and a file object's write sees
# each piece right after its conversion.

class Boom:
    def __str__(self):
        raise ValueError('boom')

try:
    print('a', 'b', Boom(), 'c')
except ValueError as e:
    print('|', e)
try:
    print(Boom())
except ValueError as e:
    print('nothing before', e)


class Writer:
    def write(self, s):
        print('write', repr(s))


class Loud:
    def __str__(self):
        print('str called')
        return 'L'


print(1, Loud(), sep='-', end='!\n', file=Writer())
try:
    print('x', Boom(), file=Writer())
except ValueError as e:
    print('raised', e)
print(*range(5), sep='x' * 3)
print(*range(30), sep='')
print(end='')
print('done')
