# The math module: values, integer functions, errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), math.ceil(1e20))
print(math.gcd(12, 18), math.gcd(0, -5), math.gcd(), math.gcd(12, 18, 8), math.lcm(4, 6), math.lcm(), math.lcm(3, 0))
print(math.factorial(0), math.factorial(25), math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(0), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 0.5], start=3))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isnan(float('nan')), math.isinf(1e308 * 10), math.isfinite(1.0), math.isfinite(math.inf))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(2 ** 1000), math.log2(2 ** 2000))
print(math.exp(0), math.exp(1), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10), math.pow(2, 10), math.pow(2, -1))
print(math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2, 1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print(round(math.sin(math.pi / 2), 10), math.cos(0), math.tan(0), math.atan2(1, 1) * 4, math.asin(1), math.acos(1), math.atan(1))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.fmod(7, -3), math.fmod(-7, 3))
print(math.floor(3), type(math.floor(3.7)).__name__, math.trunc(5), math.ceil(-0.5), math.remainder(7, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1),
            lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(5.0),
            lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.acos(2), lambda: math.pow(0, -1),
            lambda: math.floor(float('inf')), lambda: math.floor(float('nan')), lambda: math.sqrt('x'),
            lambda: math.dist([1], [1, 2]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fmod(1, 0),
            lambda: math.ldexp(1.0, 5000), lambda: math.trunc('x'), lambda: math.gcd(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
