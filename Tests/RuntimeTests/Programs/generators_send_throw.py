def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print('handled', e)
    finally:
        print('finally', received)
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(g.throw(ValueError('oops')))
g.close()
try:
    g.send(1)
except StopIteration:
    print('stopped')
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as e:
    print('TypeError:', e)
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore(); next(i)
try:
    i.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def bad():
    raise StopIteration('x')
    yield
try:
    next(bad())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
