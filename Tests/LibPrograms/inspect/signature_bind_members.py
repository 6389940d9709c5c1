import asyncio, inspect, functools
from dataclasses import dataclass

def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> bool: 'Doc of f.'
async def af(x): await asyncio.sleep(0)
async def ag(): yield 1
def gen(): yield 1
class K:
    '''Class doc.

    More.
    '''
    cls_attr = 1
    def __init__(self, x, y=0): self.x = x
    def meth(self, z): return z
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, *, s=1): pass
    @property
    def prop(self): return 1
    async def am(self): pass

@dataclass
class D:
    a: int
    b: str = 'x'

async def main():
    sig = inspect.signature(f)
    print(sig, sig.return_annotation, list(sig.parameters))
    for name, p in sig.parameters.items():
        print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, str(p))
    b = sig.bind(1, d=4, zz=9)
    print(b, b.arguments, b.args, b.kwargs)
    b.apply_defaults()
    print(b.arguments)
    try:
        sig.bind(1, 2, 3)
    except TypeError as e:
        print('TypeError', e)
    print(sig.bind_partial(1).arguments)
    print(inspect.signature(K), inspect.signature(K.meth), inspect.signature(K().meth), inspect.signature(K.cm), inspect.signature(K.sm), inspect.signature(D))
    print(inspect.signature(functools.partial(f, 1, d=2)))
    print(inspect.signature(lambda *, k: k), inspect.signature(print) if False else '')
    s2 = sig.replace(return_annotation=inspect.Signature.empty)
    print(s2, s2 == sig)
    p = inspect.Parameter('n', inspect.Parameter.KEYWORD_ONLY, default=5, annotation=int)
    print(p, p.replace(name='m', default=inspect.Parameter.empty), inspect.Signature([p]))
    print(inspect.iscoroutinefunction(af), inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(ag), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(K.am))
    co = af(1)
    print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.isawaitable(asyncio.sleep(0).__await__) if False else '', inspect.getcoroutinestate(co))
    await co
    print(inspect.getcoroutinestate(co))
    fut = asyncio.get_running_loop().create_future()
    print(inspect.isawaitable(fut), inspect.isawaitable(1), inspect.isfunction(f), inspect.ismethod(K().meth), inspect.isclass(K), inspect.isbuiltin(len), inspect.isroutine(len))
    fut.cancel()
    print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
    print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
    print(inspect.getdoc(K), '|', inspect.getdoc(f), '|', inspect.cleandoc('  a\n    b\n  c'))
    print(inspect.getmro(K)[-1], inspect.isabstract(K), inspect.ismodule(inspect))
    print(inspect.getfullargspec(f))
    print(inspect.getcallargs(f, 1, d=3))
    print(inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
    frame = inspect.currentframe()
    print(frame.f_code.co_name, inspect.getframeinfo(frame).function, type(inspect.stack()[0]).__name__)
    print(inspect.getattr_static(K(1), 'prop'), inspect.getattr_static(K, 'cm'))
    print(inspect.isdatadescriptor(K.prop), inspect.ismethoddescriptor(K.__dict__['cm']) if False else '', inspect.signature(K.__init__))
    print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.VAR_KEYWORD, repr(inspect.Parameter.VAR_POSITIONAL))
    print(repr(sig), repr(sig.parameters['a']))
asyncio.run(main())
