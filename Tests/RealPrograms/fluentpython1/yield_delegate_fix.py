# Source: https://github.com/fluentpython/example-code/blob/d5133ad6e4a48eac0980d2418ed39d7ff693edbe/14-it-generator/yield_delegate_fix.py
# (Fluent Python, 1st ed.) by Luciano Ramalho.
# Adapted: nothing; the file is unmodified below this header.
""" Example adapted from ``yield_delegate_fail.py``

The following program performs a simple abstraction over the process of
yielding.

"""

# BEGIN YIELD_DELEGATE_FIX
def f():
    def do_yield(n):
        yield n
    x = 0
    while True:
        x += 1
        yield from do_yield(x)
# END YIELD_DELEGATE_FIX

if __name__ == '__main__':
    print('Invoking f() now produces a generator')
    g = f()
    print(next(g))
    print(next(g))
    print(next(g))

