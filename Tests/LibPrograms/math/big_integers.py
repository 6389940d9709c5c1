# Big-integer arithmetic a learner's program does: a pi spigot, factorials,
# binomials, modular powers and inverses (RSA by hand), and the sign rules
# of floor division and modulo on numbers of thousands of digits.
import math
import random


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


d = pi_digits(400)
print("".join(map(str, d[:40])), sum(d))

f = math.factorial(1400)
print(f.bit_length(), f % (10**9 + 7), str(f)[:30])
print(math.comb(3000, 1400) % 998244353, math.perm(2000, 700) % 1_000_003)

# RSA with two known primes.
p = 2**607 - 1
q = 2**521 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
dkey = pow(e, -1, phi)
message = int.from_bytes(b"interleave big integers", "big")
cipher = pow(message, e, n)
print(pow(cipher, dkey, n) == message, (e * dkey) % phi, cipher % 10**12)

rng = random.Random(11)
for _ in range(4):
    a = rng.getrandbits(3000) * rng.choice([1, -1])
    b = rng.getrandbits(1700) * rng.choice([1, -1])
    quo, rem = divmod(a, b)
    print(quo * b + rem == a, (rem == 0) or ((rem < 0) == (b < 0)), (a // b) % 10**9, (a % b) % 10**9)
    print((a * b) % 10**15, pow(a, 3) % 10**15, round(a, -700) % 10**9)

fib = [0, 1]
for _ in range(3000):
    fib.append(fib[-1] + fib[-2])
print(fib[-1] % 10**20, math.gcd(fib[2400], fib[1800]) == fib[600], math.isqrt(fib[-1]) % 10**9)
