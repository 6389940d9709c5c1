# statistics: means (exact types), medians, modes, quantiles, variance
# and deviation (ints, floats, Fractions), correlation, regression,
# NormalDist, and StatisticsError messages.
import statistics as st
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data), st.multimode([1, 1, 2, 2, 3]))
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mean([1, 2.5]), st.mean([Fraction(1, 2), Fraction(3, 4)]), st.mean([True, False, True]), st.median([3, 1, 2]), st.median_grouped([52, 52, 53, 54]))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), n=5, method='inclusive'), st.quantiles([1.5, 2.5], n=3))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 2], weights=[3, 1]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.covariance([1, 2, 3], [1, 3, 2]), st.correlation([1, 2, 3, 4], [4, 3, 2, 1]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True), st.variance([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4)]), st.pstdev([1.5, 2.5]))
nd = st.NormalDist(10, 2)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.pdf(10), 10), nd.cdf(10), round(nd.cdf(12), 10), round(nd.inv_cdf(0.1), 10), round(nd.zscore(13), 10))
print(nd + 5, nd * 2, nd - st.NormalDist(1, 1), [round(q, 6) for q in nd.quantiles()], round(nd.overlap(st.NormalDist(12, 2)), 10))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), st.NormalDist() == st.NormalDist(0, 1), round(st.NormalDist().inv_cdf(0.0001), 10))
for bad in (lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]),
            lambda: st.quantiles([1, 2], n=0), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([1, -2]),
            lambda: st.correlation([1, 1], [1, 2]), lambda: st.NormalDist(0, -1), lambda: st.NormalDist().inv_cdf(1), lambda: st.linear_regression([1], [2])):
    try:
        print(bad())
    except st.StatisticsError as e:
        print('StatisticsError:', e)
print(issubclass(st.StatisticsError, ValueError))
