# itertools.repeat's argument errors and reprs.
import itertools

for call in [lambda: itertools.repeat(),
             lambda: itertools.repeat(times=3),
             lambda: itertools.repeat('x', 'y'),
             lambda: list(itertools.repeat('x', -2)),
             lambda: list(itertools.repeat('x', times=2)),
             lambda: repr(itertools.repeat('x', 3)),
             lambda: repr(itertools.repeat([1])),
             lambda: list(zip('abc', itertools.repeat(0)))]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
