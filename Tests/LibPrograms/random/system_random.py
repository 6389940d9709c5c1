# random.SystemRandom works (values differ per run on CPython, so only
# their kinds and ranges are printed); it has no state.
import random

sr = random.SystemRandom()
x = sr.random()
print(type(x).__name__, 0 <= x < 1, 1 <= sr.randint(1, 6) <= 6, sr.choice('abc') in 'abc', len(sr.sample(range(10), 3)))
print(sr.seed(5), isinstance(sr, random.Random))
for name in ('getstate', 'setstate'):
    try:
        getattr(sr, name)(None) if name == 'setstate' else sr.getstate()
    except NotImplementedError as e:
        print(name, 'NotImplementedError:', e)
deck = list(range(5))
sr.shuffle(deck)
print(sorted(deck), round(sum(sr.random() for _ in range(10)) / 10) in (0, 1))
