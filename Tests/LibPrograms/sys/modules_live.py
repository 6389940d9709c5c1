# sys.modules is live: a module stored there is what `import` gives, any
# object stored there is imported as is, a deleted entry is imported again,
# and modules imported later appear in it.
import sys
import types

m = types.ModuleType("virtual")
m.answer = 42
sys.modules["virtual"] = m
import virtual
print(virtual.answer, virtual is m)
from virtual import answer
print(answer)


class Config:
    debug = True


sys.modules["config"] = Config()
import config
print(type(config).__name__, config.debug)

import json
print("json" in sys.modules, sys.modules["json"] is json)
first = sys.modules["textwrap"] if "textwrap" in sys.modules else None
import textwrap
print(sys.modules["textwrap"] is textwrap)
del sys.modules["textwrap"]
import textwrap as again
print(again is textwrap, "textwrap" in sys.modules, again.dedent("  x") == "x")

print(sys.modules[__name__].__name__)
print(isinstance(sys.modules, dict), sys.modules is sys.modules)

try:
    import virtual.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
