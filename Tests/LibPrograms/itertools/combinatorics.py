# product, permutations, combinations, combinations_with_replacement.
import itertools as it


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, value)


print(list(it.product()), list(it.product([])), list(it.product('ab', [])))
print(list(it.product('ab', 'xy', [0])))
print(list(it.product([1, 2], repeat=2)), list(it.product('a', repeat=0)))
print(len(list(it.product(range(3), range(4), repeat=2))))
print(list(it.permutations('abc')), list(it.permutations([1, 2, 3], 0)))
print(list(it.permutations(range(4), 2)), list(it.permutations([1], 2)))
print(len(list(it.permutations(range(5)))), list(it.permutations([]))[:1])
print(list(it.combinations(range(5), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement(range(3), 2)), list(it.combinations_with_replacement('', 2)))
print(list(it.combinations_with_replacement('ab', 0)), list(it.combinations_with_replacement('xyz', 3))[:5])
print(list(it.permutations([3, 1, 3], 2)))

attempt('perm neg', lambda: it.permutations([1], -1))
attempt('comb neg', lambda: it.combinations([1], -1))
attempt('cwr neg', lambda: it.combinations_with_replacement([1], -1))
attempt('product neg repeat', lambda: it.product([1], repeat=-1))
attempt('product not iterable', lambda: it.product(1))
