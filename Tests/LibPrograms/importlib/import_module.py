# importlib.import_module: absolute and relative names, submodules, the
# errors for missing modules and missing packages; reload keeps the module.
import importlib
import sys

plugins = {}
for name in ["json", "statistics", "collections.abc", "string"]:
    module = importlib.import_module(name)
    plugins[name] = module
    print(name, "->", module.__name__, module is sys.modules[name])

print(importlib.import_module(".abc", package="collections") is plugins["collections.abc"])
print(plugins["json"].dumps({"ok": True}), plugins["statistics"].mean([1, 2, 3, 4]))

for bad in ["no_such_module_here", "json.nope"]:
    try:
        importlib.import_module(bad)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    importlib.import_module("..x", package="collections")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".abc")
except TypeError as e:
    print(type(e).__name__, e)

print(importlib.reload(plugins["json"]) is plugins["json"])
try:
    importlib.reload("json")
except TypeError as e:
    print(type(e).__name__, e)
importlib.invalidate_caches()
