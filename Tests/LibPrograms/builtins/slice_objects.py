# Fluent Python (2nd ed.), chapter 12, "How Slicing Works": what
# __getitem__ receives, the slice attributes and slice.indices.
class MySeq:
    def __getitem__(self, index):
        return index


s = MySeq()
print(s[1], s[1:4], s[1:4:2], s[1:4:2, 9], s[1:4:2, 7:9], s[:], s[::-1])
sl = s[2:10:3]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
e = s[:5]
print(e.start, e.stop, e.step)
print(slice(None, 10, 2).indices(5), slice(-3, None, None).indices(5))
print(slice(10).indices(3), slice(None, None, -1).indices(4),
      slice(-100, 100, 3).indices(7), slice(5, 1, -2).indices(10))
print(slice('a', 'b').start, slice('a', 'b').stop)
for bad in [lambda: slice(0, 1, 0).indices(5),
            lambda: slice(0, 1).indices(-1),
            lambda: slice('a', 1).indices(5),
            lambda: slice(0, 1).indices(2.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
text = 'abcdefghij'
for sl in [slice(2, 8, 2), slice(None, None, -3), slice(-4, None)]:
    start, stop, step = sl.indices(len(text))
    print(sl, text[sl], [text[i] for i in range(start, stop, step)])
