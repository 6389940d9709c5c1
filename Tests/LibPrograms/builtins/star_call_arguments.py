# f(*xs) with a single starred argument: any iterable is accepted, a tuple
# subclass is iterated through its own __iter__, and a non-iterable gives
# CPython's message naming the callee.
def show(*args):
    return args


def pair(a, b):
    return a + b


class Backwards(tuple):
    def __iter__(self):
        return iter(reversed(list(tuple.__iter__(self))))


print(show(*[1, 2, 3]))
print(show(*(4, 5)))
print(show(*"ab"))
print(show(*(i * i for i in range(4))))
print(show(*{"k": 1, "j": 2}))
print(show(*Backwards((1, 2, 3))))
print(pair(*range(2)))
print(show(*[]), show(*()))
t = (7, 8)
print(show(*t) is t, show(*t) == t)

for bad in (5, None, 2.5):
    try:
        show(*bad)
    except TypeError as e:
        print(e)
try:
    pair(*[1])
except TypeError as e:
    print(e)


class Box:
    def method(self, *args):
        return len(args)


try:
    Box().method(*3)
except TypeError as e:
    print(e)
print(Box().method(*"xyz"))


def failing():
    yield 1
    raise TypeError("inside the generator")


try:
    show(*failing())
except TypeError as e:
    print(e)


# Functions with *args (and **kwargs) called positionally and by keyword.
def wrapper(first, *rest, **named):
    return first, rest, named


print(wrapper(1), wrapper(1, 2, 3), wrapper(1, 2, k=3), wrapper(first=0))
empty = ()
print(show() is empty, show(*[]) is empty)
try:
    wrapper()
except TypeError as e:
    print(e)


def gen(*items):
    yield from items


print(list(gen(1, 2)), list(gen()))


def cell_user(a, *more):
    return lambda: (a, more)


print(cell_user(1, 2)())
