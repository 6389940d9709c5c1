# statistics with Fraction/Decimal data, weights, grouped medians, quantiles, NormalDist arithmetic and error messages.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([F(1, 2), 1, 2]), st.mean([1.0, F(1, 2)]), st.mean([D('1.5'), 2]), st.fmean([F(1, 3), D('0.5')]) if False else '', st.median([F(1, 2), F(1, 3)]), st.median([D('1'), D('2')]))
print(st.variance([F(1), F(2), F(4)]), st.pvariance([D('1.5'), D('2.5'), D('3.5')]), st.stdev([F(1), F(3)]), st.pstdev([D(1), D(2), D(3), D(4)]), type(st.stdev([F(1), F(3)])).__name__)
print(st.harmonic_mean([F(1), F(3)]), st.harmonic_mean([40, 60], weights=[5, 30]), st.geometric_mean([54, 24, 36]), st.mode([1.0, 1, 2]), st.mode(['red', 'blue', 'blue', 'red']))
try:
    st.correlation([1, 2, 3], [3, 2, 1], method='ranked')
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.fmean([1, 2], weights=[1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.fmean([1, 2], weights=[0, 0])
except (st.StatisticsError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    st.harmonic_mean([1, 2], weights=[1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.variance(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.median_grouped([1, 'x'])
except TypeError as e:
    print(type(e).__name__, e)
print(st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1]), st.median_grouped([F(1), F(3)]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([F(1), F(2), F(3)], n=4), st.quantiles([D('1.0'), D('2.0'), D('3.0')], n=2))
nd = st.NormalDist(10, 2)
print(nd.cdf(10), nd.pdf(10), nd.inv_cdf(0.5), round(nd.inv_cdf(0.1), 10), nd.quantiles(), nd.overlap(st.NormalDist(10, 2)), nd == st.NormalDist(10.0, 2.0), hash(nd) == hash(st.NormalDist(10, 2)))
print(nd / 2, nd - 3, -nd if hasattr(nd, '__neg__') else '', +nd, nd * st.NormalDist(1, 1) if False else '', round(nd.zscore(13), 3), nd.median, nd.mode)
try:
    nd + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.NormalDist.from_samples([1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    nd.overlap(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.NormalDist(1, 0).overlap(st.NormalDist(1, 1))
except st.StatisticsError as e:
    print(type(e).__name__, e)
print(repr(st.linear_regression([1, 2, 3, 4], [2, 4, 5, 8], proportional=True)), st.covariance([F(1), F(2)], [F(3), F(5)]), st.correlation([1, 2, 3, 4], [1, 3, 2, 4]))
