import statistics as st, fractions, decimal, random, math
from fractions import Fraction as F
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode('aabbbc'), st.multimode('aabbcc'), st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5], n=3, method='inclusive'), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(st.mean([F(1, 3), F(2, 3), F(1, 2)]), st.mean([decimal.Decimal('1.1'), decimal.Decimal('2.2')]), st.variance([F(1, 2), F(3, 2), F(5, 2)]), st.mean([1, 2, 3, 4]), st.median([1, 2, 3, 4]))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(115), 6), round(n.pdf(100), 8), round(n.inv_cdf(0.975), 6), n.overlap(st.NormalDist(110, 10)), n.quantiles(4), n + 5, n * 2, n.zscore(130))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), repr(st.NormalDist()))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1]), lambda: st.geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.quantiles([1], n=4), lambda: st.NormalDist(0, -1), lambda: st.variance([1]), lambda: st.linear_regression([1, 1], [1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(F(3, 4) + F(1, 4), F('3.1415'), F(0.1), F(0.1).limit_denominator(100), F(-7, 2).__floor__(), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), F(1, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2)
print(F(5, 10), repr(F(5, 10)), F(1, 3).as_integer_ratio(), F.from_float(1.5), F.from_decimal(decimal.Decimal('2.25')), F(7, 3) // 2, F(7, 3) % 1, divmod(F(7, 3), F(1, 2)), float(F(1, 3)), int(F(-7, 2)), F(1, 3) == 1/3, F(1, 2) == 0.5, F(1, 2) < 0.6, hash(F(1, 2)) == hash(0.5))
print(F(' -3/ 4 ') if False else F('-3/4'), F('1e-3'), F(1, 3).numerator, F(1, 3).denominator, abs(F(-1, 3)), F(3, 1), str(F(3, 1)), F(10, -4), math.floor(F(7, 3)), math.ceil(F(7, 3)), math.trunc(F(-7, 3)))
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F(1.5, 2), lambda: F(float('nan')), lambda: F(1, 2) + 'x']:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(F(1, 3) + 0.5, F(1, 3) * 3, F(1, 3) + 1j if False else '', 2 ** F(1, 2), F(1, 2) * decimal.Decimal(1) if False else '', F.is_integer(F(4, 2)) if hasattr(F, 'is_integer') else '')
print(f'{F(1,3)}', format(F(1, 3), '') if True else '')
