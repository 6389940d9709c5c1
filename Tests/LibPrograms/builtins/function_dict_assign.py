# A function's __dict__ can be replaced (old-style decorators copy the
# wrapped function's attributes this way); only a dict is accepted.
def consumer(func):
    def wrapper(*args, **kw):
        gen = func(*args, **kw)
        next(gen)
        return gen
    wrapper.__name__ = func.__name__
    wrapper.__dict__ = func.__dict__
    wrapper.__doc__ = func.__doc__
    return wrapper


def tagged(func):
    func.tag = 'printer'
    return func


@consumer
@tagged
def printer():
    """Print everything sent in."""
    while True:
        item = yield
        print('got', item)


p = printer()
p.send('one')
p.send(2)
print(printer.__name__, printer.__doc__, printer.tag)
printer.extra = True


def plain():
    pass


plain.__dict__ = {'answer': 42}
print(plain.answer, sorted(plain.__dict__), plain.__doc__)
for bad in (5, None, [('a', 1)]):
    try:
        plain.__dict__ = bad
    except TypeError as e:
        print('TypeError:', e)
print(plain.answer)
