# int/float comparisons are exact, as in CPython: the int is not rounded
# to a double first, NaN is unordered, infinities bound every int.
big = 2**53 + 1
print(big == float(2**53), big > float(2**53), float(2**53) < big, big != 2.0**53)
print(2**53 == 2.0**53, 2**62 == 2.0**62, (2**63 - 1) < 2.0**63, -(2**63) == -2.0**63)
print(9007199254740993 < 9007199254740994.0, 9007199254740993 > 9007199254740992.0)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan != 1, nan == 1)
inf = float("inf")
print(2**62 < inf, -(2**62) > -inf, 5 < 5.5, 5 >= 5.0, -5 < -4.5, 3 <= 2.9999999)
print(sorted([3, 2.5, 2**60, 1e18, -1, -0.5, 2**53 + 1, 2.0**53]))
print(max(2**53 + 1, 2.0**53), min(2**53 + 1, 2.0**53), (2**53 + 1) in {2.0**53: 1})
