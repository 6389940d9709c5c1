# random: every integer/sequence function must consume the Mersenne Twister
# exactly like CPython (same seed -> same numbers).
import random


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, value)


random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(0, 9) for _ in range(15)], random.randint(-5, -5))
print([random.randrange(10) for _ in range(5)], [random.randrange(3, 30, 4) for _ in range(5)])
print([random.randrange(20, 0, -3) for _ in range(5)], random.randrange(10 ** 30))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32))
print(random.getrandbits(33), random.getrandbits(100), random.getrandbits(64))
print([random.choice('xyz') for _ in range(6)], random.choice(range(100, 200)), random.choice((None, 1)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
one = [1]
random.shuffle(one)
print(one)
print(random.sample(range(10), 10), random.sample('abcdefgh', 3), random.sample(range(10 ** 6), 4))
print(random.sample(range(1000), 30))
print(random.sample(range(40), 12), random.sample([1, 2, 3], 0))
print(random.sample(['red', 'blue'], counts=[3, 2], k=5))
print(random.choices(range(5), k=6), random.choices('ab', [1, 3], k=6))
print(random.choices('abc', cum_weights=[1, 1, 10], k=5), random.choices([10, 20]))
print(random.randbytes(5).hex())
for bits in [1, 7, 8, 31, 32, 33, 63, 64, 65, 127, 129]:
    random.seed(bits)
    print(bits, random.randrange(2 ** bits), random.randrange(2 ** bits + 1))

attempt('randrange empty', lambda: random.randrange(0))
attempt('randrange empty2', lambda: random.randrange(5, 5))
attempt('randrange step0', lambda: random.randrange(1, 5, 0))
attempt('randrange neg range', lambda: random.randrange(5, 1, 1))
attempt('randrange float', lambda: random.randrange(1.5))
attempt('randrange int float', lambda: random.randrange(3.0))
attempt('randint', lambda: random.randint(5, 1))
attempt('choice empty', lambda: random.choice([]))
attempt('sample too big', lambda: random.sample([1, 2], 3))
attempt('sample set', lambda: random.sample({1, 2}, 1))
attempt('sample neg', lambda: random.sample([1, 2], -1))
attempt('choices weights len', lambda: random.choices('ab', [1], k=1))
attempt('choices both', lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]))
attempt('choices zero', lambda: random.choices('ab', [0, 0]))
attempt('choices k positional', lambda: random.choices('ab', 3))
attempt('getrandbits neg', lambda: random.getrandbits(-1))
attempt('seed list', lambda: random.seed([1]))
attempt('stop step', lambda: random.randrange(5, step=2))
