# count, cycle, repeat, islice: values, laziness and argument errors.
import itertools as it


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, value)


print(list(it.islice(it.count(), 5)), list(it.islice(it.count(2.5, 0.5), 4)))
print(list(it.islice(it.count(10, -3), 4)), list(it.islice(it.count(1, 0.25), 2)))
c = it.count(5)
print(next(c), next(c), next(c))
print(list(it.islice(it.cycle([1, 2, 3]), 8)), list(it.cycle([])))
print(list(it.repeat('ab', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -2)))
print(list(it.islice(it.repeat(7), 3)), list(map(pow, range(4), it.repeat(2))))
print(list(it.islice(range(10), 3)), list(it.islice(range(10), 2, 8)), list(it.islice(range(10), 1, None, 3)))
print(list(it.islice(range(10), None)), list(it.islice(range(10), 0)), list(it.islice('abc', 5, 10)))
print(list(it.islice(range(10), None, None, 4)), list(it.islice(range(3), 1, 2, None)))

source = iter(range(10))
print(list(it.islice(source, 2, 6, 3)), next(source))
source = iter(range(10))
print(list(it.islice(source, 4)), next(source))
source = iter(range(10))
print(list(it.islice(source, 3, 3)), next(source))

attempt('islice neg stop', lambda: it.islice([1], -1))
attempt('islice neg start', lambda: it.islice([1], -1, 3))
attempt('islice zero step', lambda: it.islice([1], 0, 1, 0))
attempt('islice str stop', lambda: it.islice([1], 'a'))
attempt('islice not iterable', lambda: it.islice(5, 2))
attempt('count str', lambda: it.count('a'))
attempt('repeat str times', lambda: it.repeat(1, 'x'))
attempt('cycle int', lambda: it.cycle(3))
