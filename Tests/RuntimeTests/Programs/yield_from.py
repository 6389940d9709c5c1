def inner():
    a = yield 'i1'
    print('inner got', a)
    b = yield 'i2'
    print('inner got', b)
    return a + b
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 'o1'
    return 'done'
g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
def delegating():
    yield from range(3)
    yield from [10, 11]
    yield from 'ab'
print(list(delegating()))
def thrower():
    try:
        yield 1
    except KeyError:
        print('inner caught KeyError')
        yield 99
def wrap():
    yield from thrower()
w = wrap()
next(w)
print(w.throw(KeyError('k')))
def closer():
    try:
        yield 1
    finally:
        print('inner closed')
def wrap2():
    try:
        yield from closer()
    finally:
        print('outer closed')
w2 = wrap2(); next(w2); w2.close()
