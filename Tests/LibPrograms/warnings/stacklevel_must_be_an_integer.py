# warnings.warn's stacklevel is a C integer argument.
import warnings

warnings.simplefilter('always')
for level in ('2', 1.5, None):
    try:
        warnings.warn('x', stacklevel=level)
    except TypeError as e:
        print(repr(level), 'TypeError:', e)


class Level:
    def __index__(self):
        return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('via __index__', stacklevel=Level())
    warnings.warn('bool level', stacklevel=True)
print([(str(w.message), w.lineno) for w in caught])
