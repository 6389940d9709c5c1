# cmath basics and complex results of float powers
import cmath, math
print((-8) ** 0.5, (-8.0) ** (1 / 3), (-1) ** 0.5, pow(-2, 1.5))
for z in [1 + 1j, -4, 2j, -1 - 1j, 0.5 - 3j, 1e-320 + 1e-320j, 3]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log10(z), cmath.phase(z), cmath.polar(z))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 10))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(cmath.nanj))
print(cmath.isclose(1 + 1j, 1.0000000001 + 1j), cmath.isclose(1j, 2j), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
for thunk in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
# roots of a quadratic with a negative discriminant
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
