# random on the native Mersenne Twister, sys.stdout, and the time module (time.sleep is
# refused in the sandbox; that deviation is covered by NativeModulesTests instead).
import random
import sys
import time

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.getrandbits(70))
print(random.choice('abcdef'), random.sample(range(100), 5), random.uniform(1, 2))
items = list(range(10))
random.shuffle(items)
print(items, random.choices('xyz', k=6), round(random.gauss(0, 1), 12))
r = random.Random(7)
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], r.randint(0, 10 ** 30))
random.seed('text seed')
print(random.random())
sys.stdout.write('written ')
print('then printed', sys.stdout.write('x\n'))
print(sys.maxsize, sys.version_info[:2] >= (3, 11), type(time.monotonic()).__name__)
