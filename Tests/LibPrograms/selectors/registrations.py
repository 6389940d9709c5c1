import selectors
import select


class FakeFile:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f'FakeFile({self.fd})'


sel = selectors.SelectSelector()
print(selectors.EVENT_READ, selectors.EVENT_WRITE, isinstance(sel, selectors.BaseSelector))
f1, f2 = FakeFile(10), FakeFile(11)
k1 = sel.register(f1, selectors.EVENT_READ, data='reader')
k2 = sel.register(f2, selectors.EVENT_READ | selectors.EVENT_WRITE)
print(k1, k2.fd, k2.events, k2.data)
print(len(sel.get_map()), sorted(sel.get_map()), sel.get_map()[f1].data, f1 in sel.get_map())
print(sel.get_key(10) is k1)
for bad in [(f1, selectors.EVENT_READ), (FakeFile(12), 0), (FakeFile(12), 8), ('nofd', 1), (-1, 1)]:
    try:
        sel.register(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
k3 = sel.modify(f1, selectors.EVENT_READ, data='new data')
print(k3, k3 is k1)
k4 = sel.modify(f1, selectors.EVENT_WRITE)
print(k4)
print(sel.unregister(f2))
for op in [lambda: sel.unregister(f2), lambda: sel.get_key(f2), lambda: sel.modify(f2, 1), lambda: sel.get_map()[f2]]:
    try:
        op()
    except KeyError as e:
        print('KeyError', e)
sel.unregister(f1)
print(sel.select(timeout=0.05), len(sel.get_map()))
with selectors.SelectSelector() as s2:
    s2.register(3, selectors.EVENT_READ)
print(s2.get_map())
try:
    s2.get_key(3)
except RuntimeError as e:
    print('RuntimeError', e)
print(select.select([], [], [], 0.01), select.error is OSError)
print(selectors.SelectorKey._fields)
