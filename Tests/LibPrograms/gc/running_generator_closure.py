# A collection while a generator runs: the generator's function is only
# held by a cell of its own closure (a recursive nested generator, as the
# json encoder's _iterencode), and the function object itself was a
# temporary. The running generator still reads that cell.
import gc


def make():
    def gen(n):
        gc.collect()
        if n:
            yield from gen(n - 1)
        yield n
    return gen


print(list(make()(3)))
print("".join(str(x) for x in make()(4)))


def counter_factory():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count

    def run(k):
        for _ in range(k):
            gc.collect()
            yield step()
    return run


print(sum(counter_factory()(5)))
