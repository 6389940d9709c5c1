import asyncio, weakref, gc, warnings, copy, abc, sys

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'Obj({self.n})'
    def meth(self): return self.n

class Deep:
    def __init__(self, items):
        self.items = items
        self.cache = {}
    def __deepcopy__(self, memo):
        print('deepcopy called, memo has', len(memo) > 0 or 'nothing')
        new = Deep(copy.deepcopy(self.items, memo))
        return new
    def __copy__(self):
        print('copy called')
        return Deep(self.items)

class St:
    def __init__(self): self.a = 1; self.lock = 'L'
    def __getstate__(self):
        s = self.__dict__.copy(); del s['lock']; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.lock = 'new'

class Red:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (Red, (self.x * 10,))

async def main():
    wv = weakref.WeakValueDictionary()
    objs = [Obj(i) for i in range(4)]
    for o in objs: wv[o.n] = o
    print(len(wv), sorted(wv.keys()), wv.get(2), wv.get(9, 'dflt'))
    del objs[1:3]; gc.collect()
    print(len(wv), sorted(wv.keys()), 1 in wv)
    wk = weakref.WeakKeyDictionary()
    k = Obj('k'); wk[k] = 'val'
    print(len(wk), wk[k], list(wk.items()))
    del k; gc.collect()
    print(len(wk))
    ws = weakref.WeakSet()
    a, b = Obj('a'), Obj('b')
    ws.add(a); ws.add(b)
    print(len(ws), a in ws)
    del a; gc.collect()
    print(len(ws), list(ws))
    log = []
    o = Obj(7)
    r = weakref.ref(o, lambda ref: log.append(('dead', ref() is None)))
    print(r() is o, weakref.getweakrefcount(o), r.__callback__ is not None)
    f = weakref.finalize(o, log.append, 'finalized')
    print(f.alive, f.atexit)
    del o; gc.collect()
    print(log, f.alive, r())
    o2 = Obj(8)
    f2 = weakref.finalize(o2, lambda: 'ret')
    print(f2(), f2(), f2.alive, f2.detach())
    o3 = Obj(9)
    f3 = weakref.finalize(o3, print, 'never')
    print(f3.detach()[0] is o3, f3.alive)
    m = weakref.WeakMethod(o2.meth)
    print(m()(), type(m).__name__)
    p = weakref.proxy(o2)
    print(p.n, p.meth(), type(p).__name__)
    del o2; gc.collect()
    print(m())
    try:
        p.n
    except ReferenceError as e:
        print('ReferenceError', e)
    try:
        weakref.ref(1)
    except TypeError as e:
        print('TypeError', e)
    d = Deep([1, [2]])
    d2 = copy.deepcopy(d)
    d3 = copy.copy(d)
    print(d2.items, d2.items is d.items, d3.items is d.items)
    shared = [1]
    c = copy.deepcopy({'a': shared, 'b': shared})
    print(c, c['a'] is c['b'])
    memo = {}
    x = [1, 2]
    y = copy.deepcopy(x, memo)
    print(id(x) in memo, memo[id(x)] is y)
    s = St()
    s2 = copy.deepcopy(s)
    print(s2.__dict__, copy.copy(s).__dict__)
    print(copy.copy(Red(2)).x, copy.deepcopy(Red(3)).x)
    rec = [1]; rec.append(rec)
    rc = copy.deepcopy(rec)
    print(rc[1] is rc, rc)
    for bad in (lambda: copy.deepcopy(iter([1])), lambda: copy.deepcopy(sys)):
        try:
            r = bad()
            print(type(r).__name__)
        except Exception as e:
            print(type(e).__name__, e)
    print(copy.deepcopy(Obj) is Obj, copy.deepcopy(len) is len, copy.copy((1, 2)), copy.deepcopy(frozenset({1})))
asyncio.run(main())
