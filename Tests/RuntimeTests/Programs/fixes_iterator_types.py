d = {1: 2}
for obj in ([], (), range(3), "abc", "é", d, d.keys(), d.values(), d.items(), {1}, frozenset()):
    it = iter(obj)
    print(type(it).__name__, list(it))
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError
print(type(iter(Seq())).__name__, list(iter(Seq())))
it = iter([1, 2, 3])
print(next(it), iter(it) is it, list(it), it.__length_hint__() if hasattr(it, "__length_hint__") else 0)
print(isinstance(iter(()), type(iter(()))), type(iter([])) is type(iter([])))
for x in (1, 2):
    print(x)
