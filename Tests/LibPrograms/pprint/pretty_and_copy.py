# pprint (CPython 3.11's, on our repr dispatch), copy and reprlib
import copy
import pprint
import reprlib
data = {"name": "cluster", "nodes": [{"id": i, "tags": ["a" * i, "b"], "meta": {"cpu": i * 2, "mem": [i] * 3}} for i in range(4)], "flag": True}
pprint.pprint(data, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat({"b": 1, "a": [1, 2, {"z": 3}]}, indent=2, width=20, sort_dicts=False))
print(pprint.pformat(set(range(5))), pprint.saferepr({"x": [1, 2]}), pprint.isreadable([1, 2]))
d2 = copy.deepcopy(data)
d2["nodes"][0]["tags"].append("c")
print(data["nodes"][0]["tags"], d2["nodes"][0]["tags"], copy.copy(data)["nodes"] is data["nodes"])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
a = Node(1); b = Node(2); a.children.append(b); b.parent = a
c = copy.deepcopy(a)
print(c.children[0].parent is c, c is not a, c.children[0].v)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
pprint.pp({"long_key_" + str(i): list(range(i)) for i in range(6)}, width=40)
