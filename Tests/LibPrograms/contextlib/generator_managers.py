# contextmanager: enter/exit order, exceptions thrown into the generator,
# suppression, StopIteration/RuntimeError handling, reuse as a decorator.
from contextlib import contextmanager, suppress, closing, nullcontext, ContextDecorator


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('a') as value:
    print('body', value)
try:
    with tag('b'):
        raise KeyError('boom')
except KeyError as e:
    print('propagated', repr(e))


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print('swallowed', type(e).__name__, e)


with swallow(ValueError):
    raise ValueError('v')
print('after swallow')
try:
    with swallow(ValueError):
        raise TypeError('t')
except TypeError as e:
    print('not swallowed', e)


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('translated') from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield


for label, cm_factory, raise_in_body in [('no yield', no_yield, False),
                                         ('two yields', two_yields, False),
                                         ('yield after throw', keeps_going, True)]:
    try:
        with cm_factory():
            if raise_in_body:
                raise ValueError('x')
    except RuntimeError as e:
        print(label, 'RuntimeError:', e)


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration('stop!')
except StopIteration as e:
    print('StopIteration propagated', e)


@contextmanager
def reraise_stop():
    try:
        yield
    except StopIteration:
        raise


try:
    with reraise_stop():
        raise StopIteration('again')
except StopIteration as e:
    print('StopIteration re-raised', e)


@contextmanager
def counted():
    counted.n += 1
    print('enter', counted.n)
    yield
    print('exit', counted.n)


counted.n = 0


@counted()
def work(x):
    print('work', x)
    return x * 2


print(work(1), work(2))
print(tag.__name__, tag('z').__doc__ is None or True)

with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed KeyError')
with suppress():
    pass
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print('IndexError not suppressed')


class Resource:
    def close(self):
        print('closed resource')


with closing(Resource()) as r:
    print('using', type(r).__name__)
with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)


class Announce(ContextDecorator):
    def __enter__(self):
        print('announce enter')
        return self

    def __exit__(self, *exc):
        print('announce exit', exc[0].__name__ if exc[0] else None)
        return False


@Announce()
def decorated():
    print('inside decorated')


decorated()
