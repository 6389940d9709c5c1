# At exit CPython's shutdown collection finalizes what the main module
# holds before clearing the module: __del__ and generators' finally blocks
# still see the module's variables. Here the objects are created in the
# order of the variables holding them, so CPython's collector order (which
# depends on its generations beyond that) is that order.
class Resource:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "counter =", counter, "label =", label)


counter = 5
label = "kept"
y = Resource(2)
x = Resource(1)


def worker(tag):
    try:
        yield 1
    finally:
        print("close", tag, "counter =", counter)


def selfish():
    me = yield
    try:
        yield 2
    finally:
        print("selfish closed, label =", label)


g = worker("g")
next(g)
s = selfish()
next(s)
s.send(s)
z = Resource(0)
counter += 1
print("end of program")
