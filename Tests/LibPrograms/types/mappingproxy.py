# types.MappingProxyType: a read-only view with CPython's errors
import types
m = types.MappingProxyType({'a': 1})
print(repr(m), m | {'b': 2}, type(m | {}), m == {'a': 1}, list(reversed(m)), m.copy(), type(m.copy()), m.get("z", 0), "a" in m, len(m), list(m.items()))
for f in [lambda: types.MappingProxyType([1]), lambda: m.__setitem__("a", 2), lambda: m.__delitem__("a")]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    m["a"] = 3
except TypeError as e:
    print(e)
try:
    del m["a"]
except TypeError as e:
    print(e)
print(type(m).__name__, types.MappingProxyType.__name__, isinstance(m, types.MappingProxyType))
