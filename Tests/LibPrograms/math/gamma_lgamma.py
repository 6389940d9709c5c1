# math.gamma / math.lgamma as CPython computes them (its own Lanczos
# approximation, so the last bits agree) and their error rules.
import math

for x in [0.5, 1, 1.5, 2, 2.5, 3.7, 5, 10, 10.5, 23, 24, 30.25, 100, 141.5, 171.5, -0.5, -1.5, -2.5, -10.3, 1e-25, -1e-25]:
    print(x, math.gamma(x), math.lgamma(x))
print([math.lgamma(n) for n in range(1, 30, 4)])
print(math.gamma(-250.5), math.lgamma(-250.5), math.lgamma(1e300), math.gamma(float('inf')), math.lgamma(float('-inf')))
for bad in [0, -0.0, -1, -3, 172, 200, 1e300, float('-inf')]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, bad, f(bad))
        except (ValueError, OverflowError) as e:
            print(f.__name__, bad, type(e).__name__, e)
print(math.isnan(math.gamma(float('nan'))), math.isnan(math.lgamma(float('nan'))))
for call in ['math.sqrt()', 'math.sqrt(1, 2)', 'math.floor()', 'math.log()', 'math.log(1, 2, 3)', 'math.prod()', 'math.prod([1], 2, 3)',
             'math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.sqrt(x=4)', 'math.log(x=1)', 'math.gamma()']:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
