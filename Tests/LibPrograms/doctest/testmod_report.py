# doctest.testmod on the program: passing and failing examples, expected
# exceptions, option directives, methods/properties/staticmethods, the
# verbose report and run_docstring_examples.
"""Module doc.

>>> 1 + 1
2
"""


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1, 1)  # wrong on purpose
    3
    """
    return a + b


def divide(a, b):
    """
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide(4, 2)
    2.0
    >>> divide(1, 'x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: some other message
    """
    return a / b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> print(s)
    Stack([1])
    >>> s.items  # doctest: +ELLIPSIS
    [...]
    >>> print("a   b\\n\\nc")  # doctest: +NORMALIZE_WHITESPACE
    a b
    <BLANKLINE>
    c
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push.

        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __str__(self):
        return f"Stack({self.items})"

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)

    @staticmethod
    def make():
        """
        >>> Stack.make().size
        1
        """
        return Stack()


def no_doc():
    pass


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    doctest.run_docstring_examples(add, globals(), name="add")
