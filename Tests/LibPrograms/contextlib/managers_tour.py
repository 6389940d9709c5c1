import contextlib, sys, asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, ExitStack, AsyncExitStack, closing, redirect_stdout, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("oops")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xy"]
    stack.callback(print, "callback ran", names)
    print("body")
def cleanup_stack():
    with ExitStack() as stack:
        stack.callback(lambda: print("first registered"))
        stack.push(lambda *exc: print("exit fn", exc[0].__name__ if exc[0] else None) or True)
        raise RuntimeError("swallowed by push")
cleanup_stack()
with ExitStack() as s:
    s.enter_context(tag("kept"))
    moved = s.pop_all()
print("stack closed")
moved.close()
class Resource:
    def close(self):
        print("resource closed")
with closing(Resource()) as r:
    print(type(r).__name__)
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)
buf = Buf()
with redirect_stdout(buf):
    print("captured", 1, 2)
    help_text = "x"
print(repr(buf.getvalue()))
with nullcontext(5) as v:
    print(v)
class Ctx(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False
@Ctx()
def decorated():
    print("running")
decorated()
class AbstractCtx(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with AbstractCtx() as a:
    print(type(a).__name__)
@asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0.1)
    try:
        yield {"name": name}
    finally:
        await asyncio.sleep(0.1)
        print("close", name)
async def main():
    async with session("s1") as s:
        print("using", s, asyncio.get_running_loop().time())
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("a"))
        b = await stack.enter_async_context(session("b"))
        stack.push_async_callback(asyncio.sleep, 0)
        async def cb(x):
            print("async cb", x)
        stack.push_async_callback(cb, 7)
        stack.callback(print, "sync cb")
        print("both", a["name"], b["name"])
    try:
        async with session("err"):
            raise ValueError("inner")
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())
    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            print("agen", x)
            if x == 1:
                break
async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen closed")
asyncio.run(main())
with contextlib.redirect_stderr(Buf()) as err:
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
