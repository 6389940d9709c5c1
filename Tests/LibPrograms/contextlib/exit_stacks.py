# ExitStack: LIFO unwinding, callbacks, suppression, exception chaining,
# pop_all, enter_context errors.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    stack.callback(lambda *a, **k: log.append(f'cb {a} {k}'), 1, x=2)
    print(names)
print(log)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, typ, exc, tb):
        print('suppressor saw', typ.__name__ if typ else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppressor())
    stack.callback(print, 'callback runs first')
    raise ValueError('hidden')
print('after suppressed ValueError')


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError('first')))
        stack.push(raiser(IndexError('second')))
        raise ValueError('body')
except KeyError as e:
    ctx = e.__context__
    print('final', repr(e), 'context', repr(ctx), 'context of context', repr(ctx.__context__))

try:
    with ExitStack() as stack:
        stack.push(raiser(RuntimeError('from exit')))
except RuntimeError as e:
    print('no body exception', repr(e), e.__context__)

saw = []


def record(typ, exc, tb):
    saw.append(typ.__name__ if typ else None)
    return False


try:
    with ExitStack() as stack:
        stack.push(record)
        stack.push(raiser(TypeError('replaced')))
        stack.push(record)
        raise ValueError('orig')
except TypeError as e:
    print('saw', saw, repr(e.__context__))

log = []
with ExitStack() as outer:
    outer.enter_context(resource('kept', log))
    moved = outer.pop_all()
    print('outer exiting', log)
print('outer done', log)
moved.close()
print('moved closed', log)

with ExitStack() as stack:
    result = stack.push(Suppressor())
    print(type(result).__name__)
    raise KeyError('push suppressed')
print('push of a context manager object uses its __exit__')

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError', e)
stack = ExitStack()
stack.callback(print, 'closed explicitly')
stack.close()
stack.close()
