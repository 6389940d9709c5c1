# sys.getsizeof for the usual teaching examples (a list grown by appends,
# a generator versus its list, strings of each width, dicts and sets as
# they grow), __sizeof__ overrides, and sys.excepthook for an uncaught
# exception (its output on stdout is compared; CPython's traceback is not).
import sys

sizes = []
items = []
for i in range(20):
    sizes.append(sys.getsizeof(items))
    items.append(i)
print(sizes)
print(sys.getsizeof([x * x for x in range(1000)]) > sys.getsizeof(x * x for x in range(1000)))
print([sys.getsizeof(v) for v in (0, 1, 2 ** 30, 2 ** 62, 10 ** 100, -7, True, 1.5, None)])
print([sys.getsizeof(s) for s in ('', 'a', 'hello', 'é', 'née', '€', '😀', 'a' * 100)])
print([sys.getsizeof(b) for b in (b'', b'abc', bytearray(), bytearray(b'ab'))])
print([sys.getsizeof(t) for t in ((), (1,), (1, 2, 3))])
print([sys.getsizeof({str(i): i for i in range(n)}) for n in (0, 1, 5, 6, 11, 22)])
print([sys.getsizeof({i: i for i in range(n)}) for n in (0, 1, 5, 6, 11, 22)])
print([sys.getsizeof(set(range(n))) for n in (0, 4, 5, 18, 19, 80)])


class Blob:
    def __sizeof__(self):
        return 1000


class Slotted:
    __slots__ = ('a', 'b')


class Plain:
    pass


print(sys.getsizeof(Blob()), sys.getsizeof(Slotted()), sys.getsizeof(Plain()))
print(sys.getsizeof(3, 99))


def hook(exc_type, exc, tb):
    print('hook called:', exc_type.__name__, exc, tb is not None)
    print('traceback type:', type(tb).__name__)


print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
print('raising now')
raise KeyError('missing')
