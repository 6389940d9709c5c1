def raiser():
    raise ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
try:
    raiser()
except* ValueError as eg:
    print('values', [repr(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types', [repr(e) for e in eg.exceptions])
try:
    try:
        raiser()
    except* ValueError:
        print('only values handled')
except ExceptionGroup as rest:
    print('left over', repr(rest))
eg = ExceptionGroup('g', [KeyError('k'), ValueError('v')])
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__)
