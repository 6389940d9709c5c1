# Source: written for Interleave's corpus in the style of classic generator-based coroutine tutorials (send, throw, yield from, averager) (not from a public source)
# Adapted: nothing
import functools
import inspect


def coroutine(func):
    @functools.wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer


@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            term = yield average
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)


def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__()


def tokenize(text):
    for word in text.split():
        yield word.strip(".,").lower()


def pipeline():
    counts = {}
    for w in tokenize("The cat. The dog, the END."):
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    avg = averager()
    print(inspect.getgeneratorstate(avg))
    for v in (10, 30, 20):
        print(avg.send(v))
    avg.throw(ValueError("ignored"))
    try:
        avg.send(None)
    except StopIteration as e:
        print("result:", e.value)
    print(inspect.getgeneratorstate(avg))

    data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    for key in sorted(results):
        count, average = results[key]
        group, unit = key.split(";")
        print(f"{count:2} {group:5} averaging {average:.2f}{unit}")
    print(pipeline())
    g = (x * x for x in range(3))
    print(next(g), list(g), next(g, "done"))
    gen = averager()
    gen.close()
    print(inspect.getgeneratorstate(gen))


main()
