# Plain loops: integer and float arithmetic in while and for loops, local
# variable traffic, comparisons and augmented assignment.
total = 0
i = 0
while i < 2500000:
    total += (i * 7) % 13 - (i // 3)
    i += 1
x = 0.0
for k in range(1500000):
    x = x * 0.5 + k / 3.0
    if x > 1e6:
        x -= 1e6
primes = 0
for n in range(2, 30000):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        primes += 1
print(total, round(x, 3), primes)
