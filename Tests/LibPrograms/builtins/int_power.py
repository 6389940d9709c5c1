# Integer powers: machine-word squaring where nothing overflows, big
# integers past it, at the edges of 64 bits and for random operands.
import random
random.seed(7)
out = []
for b in [-3, -2, -1, 0, 1, 2, 3, 7, 10, 2**31, -(2**31), 2**32, 3037000499, 3037000500, -3037000500]:
    for e in [0, 1, 2, 3, 5, 9, 31, 32, 62, 63, 64, 65, 100]:
        out.append(b ** e)
for _ in range(2000):
    b = random.randint(-10**6, 10**6); e = random.randint(0, 70)
    out.append(b ** e)
print(sum(out) % (10**9+7), len(out), (-2)**63, 2**63, (-1)**(10**18), 10**18, 10**19, 2**-1)
