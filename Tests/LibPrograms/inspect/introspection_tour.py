# Introspection: generator/coroutine states, inspect.signature/bind, traceback formatting, warnings, weakref, contextvars, queue, abc, time under the virtual clock, os.path, sys and types.
import inspect, asyncio, types, sys, traceback, warnings, weakref, contextvars, queue, abc, time, os
def gen():
    x = yield 1
    yield x
g = gen()
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "-", g.gi_frame is not None, g.gi_code.co_name, g.__name__, g.__qualname__)
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno, inspect.getgeneratorlocals(g))
g.send(5)
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame)
async def co():
    await asyncio.sleep(0)
    return 1
c = co()
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await, c.cr_frame is not None, c.__name__, inspect.iscoroutine(c), inspect.isawaitable(c), inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(gen), inspect.isgenerator(g), repr(c)[:27])
c.send(None)
print(inspect.getcoroutinestate(c), c.cr_await.__name__)
c.close()
print(inspect.getcoroutinestate(c))
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc string here.

    More."""
    return "x"
sig = inspect.signature(f)
print(sig, sig.parameters["b"], sig.parameters["b"].default, sig.parameters["c"].kind, sig.return_annotation, list(sig.parameters), inspect.getdoc(f), f.__doc__.splitlines()[0])
ba = sig.bind(1, c=3)
ba.apply_defaults()
print(ba, ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print(e)
print(inspect.isfunction(f), inspect.ismethod(f), inspect.isclass(int), inspect.isbuiltin(len), inspect.ismodule(os), inspect.getmembers(type("Q", (), {"a": 1, "b": 2}), lambda v: isinstance(v, int)))
class K:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
print(inspect.ismethod(K().m), inspect.isfunction(K.m), inspect.getmro(bool), inspect.signature(K.m), inspect.signature(K().m), inspect.signature(K.cm))
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function, inspect.getmodule(f) is sys.modules[__name__] if False else "")
def tb_demo():
    try:
        {}["x"]
    except KeyError:
        return traceback.format_exc()
print(tb_demo().splitlines()[-1])
try:
    raise ValueError("bad value")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e), "".join(traceback.format_exception(e)).count("\n"))
    tb = e.__traceback__
    print(tb.tb_lineno > 0, traceback.extract_tb(tb)[0].name, type(traceback.extract_tb(tb)[0]).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
    lines = traceback.format_exception(e)
    print(any("direct cause" in l for l in lines))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("user warn")
    print(len(w), w[0].category.__name__, str(w[0].message), w[1].category, w[0].lineno > 0, w[0].filename.endswith(".py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", UserWarning)
    except UserWarning as e:
        print("raised", e)
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignore me")
class Obj: pass
o = Obj()
r = weakref.ref(o)
print(r() is o, repr(r)[:10], weakref.getweakrefcount(o))
wd = weakref.WeakValueDictionary()
wd["k"] = o
print(len(wd), "k" in wd)
del o
print(r(), len(wd))
try:
    weakref.ref(3)
except TypeError as e:
    print(e)
v = contextvars.ContextVar("v", default=0)
print(v.get(), repr(v)[:22], v.name)
tok = v.set(5)
print(v.get(), repr(tok)[:20])
v.reset(tok)
print(v.get())
ctx = contextvars.copy_context()
print(ctx.run(lambda: v.set(9) and v.get()), v.get(), v in ctx, len(ctx) >= 0)
nv = contextvars.ContextVar("nv")
try:
    nv.get()
except LookupError as e:
    print("LookupError", e.args[0].name)
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.qsize(), q.full(), q.empty(), q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("empty", repr(queue.Empty()))
q.put(1); q.put(2)
try:
    q.put_nowait(3)
except queue.Full:
    print("full")
pq = queue.PriorityQueue(); pq.put((2, "b")); pq.put((1, "a")); print(pq.get())
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get(), queue.SimpleQueue().empty())
class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Sq(Base):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print(e)
print(sorted(Base.__abstractmethods__), isinstance(Base, abc.ABCMeta))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg))
print(time.time(), time.monotonic(), time.strftime("%Y-%m-%d %H:%M:%S"), time.gmtime(0), time.localtime().tm_year, time.ctime(0), time.asctime(time.gmtime(86400)), time.mktime(time.gmtime(100)) if False else "", time.strftime("%a, %d %b %Y", time.gmtime(1e9)), time.time_ns() // 10**9)
time.sleep(1.5)
print(time.monotonic(), time.perf_counter(), time.process_time(), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.gmtime(0).tm_wday, time.strptime("2020-01-05", "%Y-%m-%d")[:3])
print(os.getenv("X", "dflt"), os.sep, repr(os.linesep), os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.split("/a/b"), os.path.normpath("a//b/../c"), os.path.isabs("/x"), os.name, len(os.urandom(4)))
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.maxsize, sys.platform if False else "", sys.getrecursionlimit() >= 100, sys.byteorder, type(sys.stdout).__name__, sys.stdout.write("w\n"), sys.float_info.max, sys.int_info.bits_per_digit if False else "", sys.getdefaultencoding(), sys.implementation.name if False else "")
sys.stdout.write("no newline"); sys.stdout.write("\n"); sys.stdout.flush()
print("to stderr", file=sys.stderr)
print("a", "b", sep="-", end="!\n"); print(*[1, 2], sep=""); print()
try:
    sys.exit("bye")
except SystemExit as e:
    print("exit", e.code)
print(types.SimpleNamespace(a=1, b="x"), types.SimpleNamespace() == types.SimpleNamespace(), types.FunctionType, types.GeneratorType, isinstance(g, types.GeneratorType), types.MappingProxyType({"a": 1}), types.new_class("NC"), types.ModuleType("m"))
