# Containers free their items from the last to the first, as CPython's
# list and tuple deallocation and list.clear() do; __del__ shows the order.
class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


items = [Obj(1), Obj(2), Obj(3)]
del items
print("--")
pair = (Obj(4), Obj(5), Obj(6))
del pair
print("--")
more = [Obj(7), Obj(8)]
more.clear()
print("cleared", more)
# (Nested containers are left out: the stress configuration that defers
# every nested release frees them in the deferral bin's order.)


def make():
    local = [Obj(13), Obj(14)]
    return len(local)


print(make())
print("end")
