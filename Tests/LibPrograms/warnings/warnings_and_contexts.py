# warnings, contextlib helpers, functools caches, inspect, sys.exc_info tracebacks
import warnings, contextlib, sys, functools, operator, traceback, inspect
def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1); old_api(2)
    warnings.warn("plain user warning")
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", e)
with contextlib.redirect_stdout(sys.stderr):
    print("to stderr")
class Conn:
    def close(self):
        print("closed conn")
with contextlib.closing(Conn()) as c:
    print("using", type(c).__name__)
with contextlib.nullcontext(5) as v:
    print("null", v)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield
    print(f"</{name}>")
with tag("b"), tag("i"):
    print("text", end="")
print(operator.methodcaller("replace", "a", "o")("banana"), operator.attrgetter("real", "imag")(3 + 4j), operator.itemgetter(0, -1)("xyz"))
@functools.cache
def slow(n):
    return n ** 2
print(slow(4), slow(4), slow.cache_info().hits)
class Cls:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
o = Cls(); print(o.val, o.val)
def f(a, b=2, *args, c, d=4, **kw) -> int:
    "doc here"
    return 0
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["c"].kind, sig.return_annotation, inspect.getdoc(f), f.__defaults__, f.__kwdefaults__)
print(sig.bind(1, c=3).arguments, inspect.isfunction(f), inspect.ismethod(o.__init__), inspect.isclass(Cls))
try:
    {}["missing"]
except KeyError:
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, repr(evalue), traceback.extract_tb(tb)[0].name, traceback.format_exception(etype, evalue, tb)[-1].strip())
sys.stdout.write("written\n")
print("err line", file=sys.stderr)
print(*[1, 2, 3], sep="-", end="!\n")
