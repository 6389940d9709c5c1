def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
print(c(), c(), c(5))
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
g = 10
def setg():
    global g
    g = 20
setg()
print(g)
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = make()
add(1); add(2)
print(items)
