# Argument errors of random's methods name them as Random's (the
# distributions included), for the module functions and for instances.
import random


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


rng = random.Random(11)
attempt('expovariate', lambda: random.expovariate())
attempt('normalvariate', lambda: rng.normalvariate(1.0))
attempt('lognormvariate', lambda: rng.lognormvariate())
attempt('vonmisesvariate', lambda: random.vonmisesvariate(1))
attempt('gammavariate', lambda: rng.gammavariate(1))
attempt('betavariate', lambda: random.betavariate())
attempt('paretovariate', lambda: rng.paretovariate())
attempt('weibullvariate', lambda: random.weibullvariate(1))
attempt('triangular extra', lambda: rng.triangular(1, 2, 3, 4))
attempt('gauss keyword', lambda: rng.gauss(sigma=2, mean=1) > -100)
attempt('randint', lambda: rng.randint(1))
attempt('choice', lambda: rng.choice())
attempt('sample', lambda: rng.sample([1, 2]))
attempt('uniform', lambda: random.uniform(1))
attempt('gammavariate domain', lambda: rng.gammavariate(-1, 1))
print(random.Random.expovariate.__qualname__, random.Random.gauss.__qualname__,
      random.Random.randint.__qualname__)
