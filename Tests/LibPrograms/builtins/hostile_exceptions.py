# Hostile programs that must end in a Python exception, as on CPython:
# unbounded recursion through protocols, deep data given to recursive
# library functions, and the 4300-digit int/str conversion limit.
import sys, json, copy, asyncio

def attempt(label, fn):
    try:
        fn()
        print(label, 'returned')
    except (RecursionError, ValueError, TypeError, OverflowError, MemoryError) as e:
        text = str(e) if isinstance(e, (ValueError, OverflowError)) else ''
        print(label, type(e).__name__, text[:120])

class Repr:
    def __repr__(self): return repr(self)
class Str:
    def __str__(self): return str(self)
class Eq:
    def __eq__(self, other): return self == other
class Hash:
    def __hash__(self): return hash(self)
class Len:
    def __len__(self): return len(self)
class Format:
    def __format__(self, spec): return format(self, spec)
class Iter:
    def __iter__(self): return iter(self)
class Bool:
    def __bool__(self): return bool(self)
class GetAttr:
    def __getattr__(self, name): return self.missing
class Lt:
    def __lt__(self, other): return self < other

attempt('repr', lambda: repr(Repr()))
attempt('str', lambda: str(Str()))
attempt('eq', lambda: Eq() == Eq())
attempt('hash', lambda: {Hash()})
attempt('len', lambda: len(Len()))
attempt('format', lambda: f'{Format()}')
attempt('iter', lambda: list(Iter()))
attempt('bool', lambda: not Bool())
attempt('getattr', lambda: GetAttr().x)
attempt('sorted', lambda: sorted([Lt(), Lt()]))

deep = []
for _ in range(100_000):
    deep = [deep]
attempt('json.dumps', lambda: json.dumps(deep))
attempt('repr nested', lambda: repr(deep))
attempt('deepcopy', lambda: copy.deepcopy(deep))
attempt('== nested', lambda: deep == copy.copy(deep))
attempt('json.loads lists', lambda: json.loads('[' * 100_000 + ']' * 100_000))
attempt('json.loads dicts', lambda: json.loads('{"a":' * 100_000 + '1' + '}' * 100_000))

def chain(n):
    if n:
        yield from chain(n - 1)
    else:
        yield 1
attempt('yield from chain', lambda: list(chain(100_000)))

async def awaits(n):
    return await awaits(n - 1) if n else 0
attempt('await chain', lambda: asyncio.run(awaits(100_000)))

def contexts(n):
    try:
        raise KeyError(n)
    finally:
        if n:
            contexts(n - 1)
attempt('finally chain', lambda: contexts(100_000))

attempt('int from 5000 digits', lambda: int('1' * 5000))
attempt('int from 10**6 digits', lambda: int('9' * 10**6))
attempt('str of 10**5000', lambda: str(10 ** 5000))
attempt('repr of -10**5000', lambda: repr(-10 ** 5000))
attempt('%d of 10**5000', lambda: '%d' % 10 ** 5000)
attempt('format of 10**5000', lambda: format(10 ** 5000, ','))
attempt('f-string of 10**5000', lambda: f'{10 ** 5000}')
print(len(hex(10 ** 5000)), len(str(10 ** 4299)), int('1' * 4300) % 7)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
attempt('limit 5000', lambda: str(10 ** 5000))
attempt('bad limit', lambda: sys.set_int_max_str_digits(100))
attempt('float of a huge int', lambda: float(10 ** 400))
attempt('huge shift', lambda: 1 << (1 << 70))
attempt('bytes of a negative size', lambda: bytes(-1))
attempt('repeat by a huge count', lambda: 'ab' * (1 << 63))
attempt('range length', lambda: len(range(2 ** 64)))
attempt('factorial of -1', lambda: __import__('math').factorial(-1))
attempt('deque maxlen', lambda: __import__('collections').deque(maxlen=-1))
attempt('center fill', lambda: 'x'.center(3, 'ab'))
attempt('chr', lambda: chr(0x110000))
