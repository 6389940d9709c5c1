# Recursive calls: naive Fibonacci (about 18 million Python-level calls),
# plus a mutually recursive pair with keyword and default arguments.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n, depth=0):
    return True if n == 0 else is_odd(n - 1, depth=depth + 1)


def is_odd(n, depth=0):
    return False if n == 0 else is_even(n - 1, depth=depth + 1)


print(fib(34))
print(sum(1 for k in range(40000) if is_even(k % 150)))
