import enum, json, copy, pickle, functools, collections.abc as cabc, typing, dataclasses, datetime, decimal, fractions, uuid, re, operator
class C(enum.IntEnum):
    A = 1
class S(enum.StrEnum):
    X = 'x'
class F(enum.IntFlag):
    R = 1
    W = 2
class E(enum.Enum):
    P = 1
@dataclasses.dataclass(frozen=True)
class Fz:
    a: int
    b: tuple = ()
EXPRS = r'''
json.dumps([C.A, S.X, F.R | F.W])
json.dumps({C.A: 1, S.X: 2})
copy.copy(E.P) is E.P, copy.deepcopy(E.P) is E.P, pickle.loads(pickle.dumps(E.P)) is E.P, pickle.loads(pickle.dumps(F.R | F.W))
copy.deepcopy(Fz(1, ([1],))), copy.copy(Fz(1)) == Fz(1), pickle.loads(pickle.dumps(Fz(2)))
pickle.loads(pickle.dumps(datetime.datetime(2024, 1, 2, 3, tzinfo=datetime.timezone.utc))), copy.deepcopy(decimal.Decimal('1.5')), copy.copy(fractions.Fraction(1, 3)), pickle.loads(pickle.dumps(uuid.UUID(int=7)))
copy.deepcopy(re.compile('a+')) is re.compile('a+'), copy.copy(operator.itemgetter(1))(['a', 'b']), pickle.loads(pickle.dumps(operator.attrgetter('real')))(3)
functools.singledispatch(lambda x: 'base').register(cabc.Sequence, lambda x: 'seq').__name__ if False else 0
f = functools.singledispatch(lambda x: 'base'); f.register(cabc.Sequence, lambda x: 'seq'); f.register(cabc.Mapping, lambda x: 'map'); (f([1]), f('s'), f({}), f(1), f(range(2)))
f = functools.singledispatch(lambda x: 'base'); f.register(typing.Union[int, float], lambda x: 'num'); (f(1), f(1.5), f('x'))
f = functools.singledispatch(lambda x: 'base'); f.register(int, lambda x: 'int'); f.register(bool, lambda x: 'bool'); (f(True), f(2), f.dispatch(bool)(0))
f = functools.singledispatch(lambda x: 'base'); f.register('notatype')
f = functools.singledispatch(lambda x: 'base'); f()
repr(functools.partial(print, sep='-'))
class K:
    def m(self, a, b): return a + b
    pm = functools.partialmethod(m, 10)
K().pm(5), repr(K.__dict__['pm'])[:30]
functools.reduce(operator.add, [[1], [2]], [])
sorted({'b': 2, 'a': 1}.items(), key=operator.itemgetter(1), reverse=True)
list(map(operator.methodcaller('upper'), ['a', 'b']))
functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2)
functools.total_ordering(type('X', (), {}))
'''
for line in EXPRS.strip().split('\n'):
    try:
        if ';' in line:
            *stmts, last = line.split('; ')
            ns = dict(globals())
            for s in stmts: exec(s, ns)
            r = eval(last, ns)
        elif line.startswith(('class ', '    ')):
            continue
        else:
            r = eval(line)
        print(repr(r))
    except Exception as e:
        print('!', type(e).__name__, e)
