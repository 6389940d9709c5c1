# warnings: categories, filters (simplefilter/filterwarnings, once,
# error, ignore, module regexes), catch_warnings(record=True), and
# formatwarning.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('deprecated thing', DeprecationWarning)
    warnings.warn(RuntimeWarning('an instance'))
    warnings.warn('custom', category=FutureWarning)
print([(w.category.__name__, str(w.message)) for w in caught], caught[0].lineno > 0, caught[0].filename.endswith('.py'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('repeated')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.warn('skip me')
    warnings.warn('keep me')
print(len(caught), [str(w.message) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error', UserWarning)
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.simplefilter('ignore')
    warnings.warn('ignored silently')
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.simplefilter('always', UserWarning)
    warnings.warn('user')
    try:
        warnings.warn('runtime', RuntimeWarning)
    except RuntimeWarning as e:
        print('RuntimeWarning raised:', e)
print(len(caught), issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10)), repr(warnings.formatwarning('m', RuntimeWarning, 'f.py', 1, 'x = 1')))
for bad in (lambda: warnings.simplefilter('sometimes'), lambda: warnings.warn('x', int), lambda: warnings.filterwarnings('error', category=int)):
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
