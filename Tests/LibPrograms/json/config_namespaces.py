# json config through SimpleNamespace, Template, MappingProxyType, os.path
import json, string, textwrap, os
from types import SimpleNamespace, MappingProxyType
from functools import reduce
import operator
RAW = """
{
  "service": {"name": "api", "port": 8080, "debug": false},
  "workers": [{"id": 1, "weight": 0.5}, {"id": 2, "weight": 1.5}],
  "template": "Hello $name, port ${port}!"
}
"""
cfg = json.loads(RAW, object_hook=lambda d: SimpleNamespace(**d))
print(cfg.service.name, cfg.service.port, cfg.workers[1].weight, cfg)
print(string.Template(cfg.template).substitute(vars(cfg.service)))
def deep_get(d, path, default=None):
    try:
        return reduce(operator.getitem, path.split("."), d)
    except (KeyError, TypeError):
        return default
plain = json.loads(RAW)
print(deep_get(plain, "service.port"), deep_get(plain, "service.nope", "n/a"), deep_get(plain, "workers"))
ro = MappingProxyType(plain["service"])
try:
    ro["port"] = 1
except TypeError as e:
    print("TypeError", e)
print(ro["name"], len(ro), dict(ro))
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(json.dumps(merge(plain, {"service": {"debug": True, "extra": [1]}}), sort_keys=True)[:120])
ns = SimpleNamespace(a=1)
ns.b = 2
print(ns, ns == SimpleNamespace(a=1, b=2), vars(ns))
print(textwrap.dedent("""\
    [section]
      key = value
    """), os.path.normpath("a//b/../c/./d"), os.path.split("/x/y/z.txt"), os.path.isabs("/x"), os.path.commonprefix(["abc", "abd"]))
