# random: float distributions, seeding by int/float/str/bytes, instances,
# getstate/setstate.
import random

random.seed(2024)
print(random.uniform(1, 10), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 9))
print(random.gauss(), random.gauss(), random.gauss(5, 2), random.normalvariate(0, 1))
print(random.expovariate(1.5), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 1.5))
for seed in [0, 1, -1, 2 ** 32, 2 ** 64 + 5, -(2 ** 100), True, 3.5, -2.25, 'hello', 'ünïcode', '€uro 😀', '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100))
random.seed('abc', version=1)
print(random.random())

r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), r1.choice('xyz'))
state = r1.getstate()
first = [r1.random() for _ in range(3)]
r1.setstate(state)
print(first == [r1.random() for _ in range(3)], state[0], len(state))
r1.gauss()
saved = r1.getstate()
g1 = r1.gauss()
r1.setstate(saved)
print(g1 == r1.gauss())
r3 = random.Random()
r3.seed(7)
print(r3.random(), random.Random(7).random())
random.seed(42)
a = random.random()
random.seed(42)
print(a == random.random(), random.Random(42).random() == a)


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(5)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))


class Constant(random.Random):
    def random(self):
        return 0.5


c = Constant(0)
print(c.randrange(10), c.choice('abcd'), c.random(), [c.randint(1, 6) for _ in range(3)])
try:
    random.Random().setstate((9, (), None))
except ValueError as e:
    print('ValueError', e)
