# math's float helpers: ulp, nextafter, frexp/ldexp, fsum, isclose, remainder.
import math
for x in (1.0, 0.0, 1e300, -2.0, 5e-324, float("inf"), 1e-310):
    print(x, math.ulp(x))
print(math.isnan(math.ulp(float("nan"))))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.75))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.remainder(10, 4), math.remainder(11, 4), math.fmod(-10, 4), -10 % 4)
print(math.copysign(3, -0.0), math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7), math.hypot(1, 2, 2))
print(math.ulp(1.0) == 2 ** -52, math.ulp(2.0) == 2 ** -51)
