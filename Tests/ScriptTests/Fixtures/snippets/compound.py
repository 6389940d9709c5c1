@decorator
@decorator.with_args(1, two=2)
def f(a, b: int = 1, *args: str, c, d=2, **kwargs) -> None:
    """Doc."""
    global counter
    return a

async def g(x, /, y):
    await x
    async for i in aiter():
        pass
    else:
        pass
    async with lock as l, other:
        pass
    return [await z async for z in y if await z]

def gen():
    x = yield 1
    yield
    y = yield from other()
    return x

class A(B, metaclass=M):
    attr = 1
    def method(self):
        nonlocal_x = 1
        def inner():
            nonlocal nonlocal_x
            nonlocal_x += 1
        return inner

@dataclass
class Empty: pass

class Plain(): pass

if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x:
    x -= 1
else:
    done()

for a, (b, c) in items:
    if a: break
else:
    nothing()

try:
    risky()
except ValueError as e:
    handle(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

with open() as f, lock:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with a as (b, c):
    pass

def defaults(a, b=[], *, c=None, d): pass
def star(*, a, b=1): pass
def posonly(a, b=2, /, c=3): pass
def kwonly_after_args(*args, a, **kw): pass
@property
def prop(self): return self._x
@prop.setter
def prop(self, v): self._x = v
