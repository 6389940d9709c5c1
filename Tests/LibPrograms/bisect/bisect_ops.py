# bisect: left/right, lo/hi bounds, key=, insort and errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4))
records = [('amy', 3), ('bob', 5), ('cat', 5), ('dan', 9)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]), bisect.bisect_right(records, 5, key=lambda r: r[1]))
grades = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(grades, score)]) for score in [33, 99, 77, 70, 89, 90, 100]])
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0)
print(b)
people = []
for p in [('x', 3), ('y', 1), ('z', 3), ('w', 2)]:
    bisect.insort(people, p, key=lambda r: r[1])
print(people)
bisect.insort_left(people, ('v', 3), key=lambda r: r[1])
print(people)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError', e)
