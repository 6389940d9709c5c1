import time
import timeit

print(timeit.default_timer is time.perf_counter)
counter = [0]
def work():
    counter[0] += 1
print(timeit.timeit(work, number=1000), counter[0])
print(timeit.timeit("x = sum(range(10))", number=100))
print(timeit.repeat("pass", repeat=3, number=10))
t = timeit.Timer("time.sleep(0.5)", setup="import time")
print(t.timeit(number=4))
print(t.repeat(repeat=2, number=2))
print(t.autorange())
calls = []
print(timeit.Timer("time.sleep(0.01)", "import time").autorange(lambda n, s: calls.append((n, round(s, 3)))))
print(calls)
print(timeit.timeit("y = x * 2", setup="x = 21", number=5))
print(timeit.timeit("z = w + 1", globals={"w": 1}, number=3))
fake = iter([1.0, 3.5])
print(timeit.Timer("pass", timer=lambda: next(fake)).timeit(number=7))
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.filename)
try:
    timeit.Timer(5)
except ValueError as e:
    print(e)
try:
    timeit.Timer("pass", setup=5)
except ValueError as e:
    print(e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(time.perf_counter())
