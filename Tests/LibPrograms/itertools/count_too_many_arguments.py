# itertools.count takes at most two arguments; warnings.warn requires a
# message: both report it as the C functions do.
import itertools
import warnings

for args in [(1, 2, 3), (1, 2, 3, 4)]:
    try:
        itertools.count(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(itertools.islice(itertools.count(start=5, step=-2), 3)), list(itertools.islice(itertools.count(2.5), 2)))
try:
    warnings.warn()
except TypeError as e:
    print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn(message='keyword message', category=RuntimeWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
