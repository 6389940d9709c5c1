# Truth testing uses __bool__ anywhere in the MRO (also a builtin base's)
# before a user __len__, as CPython's slots do.
class Sized:
    def __len__(self):
        return 0


class Count(int, Sized):
    pass


class Words(str, Sized):
    pass


class Empty(Sized):
    pass


class Both(Sized):
    def __bool__(self):
        return True


print(bool(Count(3)), bool(Count(0)), bool(Words('x')), bool(Words('')), bool(Empty()), bool(Both()))
print('yes' if Count(5) else 'no', not Count(5), [type(x).__name__ for x in (Count(1), Empty(), Both()) if x])
