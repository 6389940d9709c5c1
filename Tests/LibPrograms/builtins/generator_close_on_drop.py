# Generators and coroutines dropped while suspended in try/with are closed
# (finally blocks, __exit__, except GeneratorExit) as CPython closes them:
# after a for loop left with break, on del, in a collected cycle, at exit.
def reader(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("closed", name)
for x in reader("a"):
    if x == 2:
        break
print("after loop")
g = reader("b"); next(g); del g
print("after del")
def first(it):
    for x in it:
        return x
print(first(reader("c")))
print("end")
h = reader("d"); next(h)
import contextlib
@contextlib.contextmanager
def tag(name):
    print("enter", name)
    try:
        yield
    finally:
        print("exit", name)
def gen_with():
    with tag("w"):
        yield 1
        yield 2
w = gen_with(); next(w); w = None
print("after with-gen")
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
s = stubborn(); next(s); del s
print("after stubborn")
class Holder:
    def __init__(self):
        self.gen = self.run()
        next(self.gen)
    def run(self):
        try:
            yield self
        finally:
            print("holder gen closed")
import gc
x = Holder(); del x
gc.collect()
print("after collect")
async def co():
    try:
        await Awaitable()
    finally:
        print("coroutine finally")
class Awaitable:
    def __await__(self):
        yield "x"
c = co(); c.send(None); del c
print("last line")
