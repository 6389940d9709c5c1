# partial (nesting, repr, keywords), reduce (errors), wraps/update_wrapper.
import functools


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, value)


def greet(greeting, name, punct='!'):
    return f'{greeting}, {name}{punct}'


hello = functools.partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'), hello(name='Cy'))
polite = functools.partial(hello, punct='.')
print(polite('Dee'), polite.func is greet, polite.args, polite.keywords)
print(repr(functools.partial(max, 1, 2, key=abs)).replace(' at ', '@')[:60])
print(repr(functools.partial(len)))
override = functools.partial(greet, punct='~')
print(override('Hi', 'Eve', punct='#'))
attempt('partial non-callable', lambda: functools.partial(3))
attempt('partial bad call', lambda: hello())

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, 'abc', '>'))
print(functools.reduce(lambda a, b: a * b, range(1, 1)  or [7]), functools.reduce(max, [3], 0))
attempt('reduce empty', lambda: functools.reduce(lambda a, b: a, []))
attempt('reduce not iterable', lambda: functools.reduce(lambda a, b: a, 5))
attempt('reduce empty with init', lambda: functools.reduce(lambda a, b: a, [], None))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


add.extra = 'kept'
print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(1, 1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def source():
    """source doc"""


source.tag = 'T'


def target():
    pass


functools.update_wrapper(target, source)
print(target.__name__, target.__doc__, target.tag, target.__wrapped__ is source)
functools.update_wrapper(target, add, assigned=('__doc__',), updated=())
print(target.__name__, target.__doc__)
