# Closures: counters with nonlocal state, function factories, lambdas passed
# to higher-order functions, decorators wrapping calls.
def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def compose(f, g):
    return lambda x: f(g(x))


def memo_calls(fn):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return fn(*args)
    wrapper.calls = calls
    return wrapper


@memo_calls
def mix(a, b):
    return (a * 31 + b) % 1000003


counters = [make_counter(k) for k in range(1, 11)]
acc = 0
for i in range(500000):
    acc += counters[i % 10]()
pipeline = compose(lambda x: x + 1, compose(lambda x: x * 3, lambda x: x - 2))
for i in range(1300000):
    acc = mix(acc, pipeline(i))
adders = [(lambda k: (lambda x: x + k))(k) for k in range(50)]
for i in range(36000):
    for add in adders:
        acc = add(acc) % 1000003
print(acc, mix.calls[0], counters[9]())
