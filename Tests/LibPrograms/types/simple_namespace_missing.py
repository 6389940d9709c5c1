# A missing attribute of a SimpleNamespace: CPython's message names the C
# type (types.SimpleNamespace), a subclass by its own name; getattr and
# hasattr defaults still work.
import types

ns = types.SimpleNamespace(alpha=1, beta=[2])
print(getattr(ns, 'gamma', 'default'), hasattr(ns, 'alpha'), hasattr(ns, 'zzz'))


class Config(types.SimpleNamespace):
    def describe(self):
        return ', '.join(f'{k}={v}' for k, v in sorted(vars(self).items()))


for obj in (ns, Config(alpha=2)):
    try:
        obj.alpah
    except AttributeError as e:
        print(e, '|', e.name, e.obj is obj)

cfg = Config(debug=True)
print(cfg.describe(), cfg)
del cfg.debug
try:
    del cfg.debug
except AttributeError as e:
    print('AttributeError', e)
try:
    print(ns.missing)
except AttributeError as e:
    print('AttributeError', e)
try:
    del ns.nothing
except AttributeError as e:
    print('AttributeError', e)
del ns.alpha
print(ns)
