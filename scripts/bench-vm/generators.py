# Generators: pipelines of generator functions and expressions, yield from
# delegation, send() into a coroutine-style generator, itertools-like code.
def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def take_every(it, k):
    for i, x in enumerate(it):
        if i % k == 0:
            yield x


def chained(n):
    yield from numbers(n)
    yield from squares(numbers(n))


def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


a = sum(take_every(squares(numbers(4500000)), 3))
b = sum(x for x in chained(1500000) if x % 5 == 1)
avg = running_average()
next(avg)
last = 0
for i in range(1500000):
    last = avg.send(i)
c = max(zip(numbers(50000), (y * 2 for y in numbers(50000))))
print(a, b, last, c)
