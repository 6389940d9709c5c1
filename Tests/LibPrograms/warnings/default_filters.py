# The default filter list: DeprecationWarning is shown when raised from
# __main__ and ignored elsewhere; record=True without simplefilter uses it.
import warnings

print(warnings.filters[0])
print([f[0] for f in warnings.filters])


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.warn("dep from main", DeprecationWarning)
    old_api()
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("user")
print([(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.warn_explicit("explicit dep", DeprecationWarning, "lib.py", 3, module="lib")
    warnings.warn_explicit("explicit main", DeprecationWarning, "m.py", 4, module="__main__")
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("always", module="__ma")
    warnings.warn("regex prefix match", DeprecationWarning)
print(len(caught), warnings.filters[0][0], type(warnings.filters[0][3]).__name__)
