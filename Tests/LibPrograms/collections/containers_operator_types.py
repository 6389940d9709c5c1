import collections, collections.abc as cabc, copy, operator, types, weakref, uuid, string, re, random, math, textwrap, queue, abc, warnings, sys, functools, itertools, typing, enum, dataclasses
from collections import Counter, ChainMap, OrderedDict, defaultdict, deque, namedtuple, UserDict, UserList, UserString
EXPRS = r'''
Counter('abracadabra').most_common(3)
Counter(a=3, b=1) - Counter(a=1, b=2)
Counter(a=3, b=1) + Counter(a=1, b=2, c=-1)
Counter(a=3) | Counter(a=1, b=2)
Counter(a=3, b=1) & Counter(a=1, b=2)
+Counter(a=-1, b=2)
-Counter(a=-1, b=2)
Counter(a=2, b=1).total()
sorted(Counter('aab').elements())
Counter('abc') == Counter('cba')
Counter(a=1) <= Counter(a=2, b=1)
repr(Counter())
Counter({'x': 0})
c=Counter('hello'); c.subtract('lol'); c
c=Counter('ab'); c.update({'a': 5}); c
Counter('aabbbc').most_common()[-1]
ChainMap({'a': 1}, {'a': 2, 'b': 3})
ChainMap({'a': 1}, {'a': 2, 'b': 3}).new_child({'z': 0})
ChainMap({'a': 1}, {'b': 2}).parents
list(ChainMap({'a': 1}, {'b': 2}))
cm=ChainMap({}, {'a': 1}); cm['a'] = 5; cm.maps
cm=ChainMap({'a': 1}, {'a': 1}); del cm['a']; cm
ChainMap({'b': 1}) | {'c': 2}
OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)
o=OrderedDict.fromkeys('abc'); o.move_to_end('a'); o
o=OrderedDict.fromkeys('abc'); o.move_to_end('c', last=False); list(o)
o=OrderedDict.fromkeys('abc'); o.popitem(last=False)
list(reversed(OrderedDict.fromkeys('abc')))
OrderedDict(a=1) | {'b': 2}
d=defaultdict(list); d['x'].append(1); d
repr(defaultdict(int))
defaultdict(lambda: 'z')['q']
d=defaultdict(None); d.default_factory
deque([1,2,3], maxlen=2)
d=deque(range(5)); d.rotate(2); d
d=deque(range(5)); d.rotate(-1); d
deque('abc').index('b')
d=deque([1]); d.extendleft([2,3]); d
deque([1,2]) * 2
deque([1,2]) + deque([3])
deque(maxlen=0)
P=namedtuple('P', 'x y', defaults=[0]); P(1), P._field_defaults
P=namedtuple('P', 'x, y'); P(1, 2)._replace(x=5)
P=namedtuple('P', ['a', 'def', 'a'], rename=True); P._fields
P=namedtuple('P', 'x y'); P._make([1, 2])._asdict()
P=namedtuple('P', 'x y'); P(1, y=2) == (1, 2)
namedtuple('P', 'x y', module='m').__module__
UserDict(a=1)
UserList([1, 2]) + [3]
UserString('abc').upper()
isinstance({}, cabc.MutableMapping), isinstance((), cabc.Sequence), isinstance(range(1), cabc.Reversible), issubclass(dict, cabc.Hashable)
isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), isinstance(set(), cabc.Set), isinstance({}.keys(), cabc.KeysView)
copy.copy([1, [2]]), copy.deepcopy({'a': [1, (2, [3])]})
operator.attrgetter('real', 'imag')(3+4j)
operator.attrgetter('a.b')
operator.itemgetter(1, 0)('ab')
repr(operator.methodcaller('split', ',', maxsplit=1))
operator.methodcaller('split', ',', maxsplit=1)('a,b,c')
operator.index(5), operator.length_hint([1,2]), operator.length_hint(iter([1,2,3])), operator.concat([1], [2])
operator.countOf([1,2,1], 1), operator.indexOf('abc', 'c'), operator.is_not(1, None), operator.truth([])
operator.iadd([1], [2]), operator.ipow(2, 3), operator.matmul
operator.concat(1, 2)
operator.index(1.5)
operator.indexOf([1], 5)
operator.attrgetter(1)
types.SimpleNamespace(a=1, b=[2])
types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)
types.MappingProxyType({'a': 1})
types.MappingProxyType({'a': 1})['b']
types.FunctionType, types.MethodType, types.CoroutineType, types.GeneratorType, types.BuiltinFunctionType, types.ModuleType('mm'), types.NoneType, types.EllipsisType
types.new_class('N', (object,), {}, lambda ns: ns.update(x=1)).x
types.resolve_bases((int,)), types.GenericAlias(list, (int,))
string.Template('$who likes ${what}').substitute(who='tim', what='kung pao')
string.Template('$who $x').safe_substitute(who='a')
string.Template('$who').substitute({})
string.Template('$$ $a').substitute(a=1)
string.Template('bad $').substitute()
string.Formatter().format('{0}-{x!r:>5}', 1, x='y')
list(string.Formatter().parse('a{0:>3}b{x!r}c'))
string.capwords(' hello   world  '), string.capwords('a-b', '-')
string.ascii_letters, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable)
uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'x')
u=uuid.UUID('12345678123456781234567812345678'); (u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.bytes[:4], str(u)[:8])
uuid.UUID('{12345678-1234-5678-1234-567812345678}') == uuid.UUID(int=0x12345678123456781234567812345678)
uuid.UUID('zz')
uuid.UUID(bytes=b'\x00'*16), uuid.NAMESPACE_OID, uuid.UUID(fields=(1,2,3,4,5,6))
uuid.uuid4().version, len(str(uuid.uuid4())), uuid.UUID('12345678-1234-5678-1234-567812345678') < uuid.UUID('22345678-1234-5678-1234-567812345678')
'''
for line in EXPRS.strip().split('\n'):
    try:
        if ';' in line:
            *stmts, last = line.split('; ')
            ns = dict(globals())
            for s in stmts: exec(s, ns)
            r = eval(last, ns)
        else:
            r = eval(line)
        print(repr(r))
    except Exception as e:
        print('!', type(e).__name__, e)
