# The TypeErrors of container constructors, slice assignment and eval()
# that programs print from `except TypeError as e`.
cases = [
    "list(1, 2)", "list([1], x=1)", "set(1, 2)", "frozenset([], [])", "tuple(1, 2)", "dict(1, 2)",
    "x = [1, 2, 3]; x[1:2] = 5", "x = [1, 2, 3]; x[::2] = 5", "x = [1, 2, 3]; x[::2] = [7]",
    "eval('1', 5)", "eval('1', [])", "exec('1', 5)",
]
for c in cases:
    try:
        exec(c)
        print('ok', c)
    except (TypeError, ValueError) as e:
        print(c, '->', type(e).__name__ + ':', e)
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(L(1, 2), set([1]), frozenset('ab') == {'a', 'b'})
x = [1, 2, 3]; x[1:2] = (i * 10 for i in range(3)); print(x)
