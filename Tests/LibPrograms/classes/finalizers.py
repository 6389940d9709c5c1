# __del__: called when the last reference goes (del, rebinding, a local at
# return, an item removed from a list), once per object even if it
# resurrects itself, for unreachable cycles found by gc.collect(), with
# exceptions reported and ignored, and for what the main module still
# holds at exit. (The order in which one collection finalizes several
# objects, and the order of exit finalizers beyond the main module's
# variables in order, are not CPython's.)
import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


x = Tracked("x")
del x
print("after del")
y = Tracked("y1")
y = Tracked("y2")
print("after rebinding")


def scope():
    local = Tracked("local")
    return len(local.name)


print("scope returned", scope())
items = [Tracked("a"), Tracked("b")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")

saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("finalizing", self.n)
        saved.append(self)


p = Phoenix(1)
pid = id(p)
del p
print("resurrected", len(saved), saved[0].n, id(saved[0]) == pid)
saved.clear()
print("dropped again (no second __del__)")


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        # Both members are finalized before either is cleared (the order
        # among them is the collector's: sorted below).
        seen.append(self.name + " sees " + self.other.name)


seen = []
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected something:", gc.collect() > 0, sorted(seen))


class Faulty:
    def __del__(self):
        raise ValueError("ignored")


f = Faulty()
del f
print("still running")
last = Tracked("held at exit")
print("end")
