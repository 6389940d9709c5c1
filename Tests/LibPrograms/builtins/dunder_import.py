# __import__ with keywords and fromlist: without a fromlist a dotted name
# gives the top-level package.
top = __import__("collections.abc")
print(top.__name__, hasattr(top, "abc"))
leaf = __import__("collections.abc", fromlist=["Mapping"])
print(leaf.__name__, leaf.Mapping.__name__)
print(__import__("json").dumps([1]), __import__(name="math").pi)
print(__import__("collections.abc", globals(), locals(), ["Mapping"], 0).__name__)
print(__import__("collections.abc", fromlist=[]).__name__)
try:
    __import__("nonexistent_mod")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(e)
