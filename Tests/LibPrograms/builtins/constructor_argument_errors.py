# Constructor argument checks of str(), list() and X.__new__ with CPython's
# messages, in the order CPython checks them.
calls = [
    lambda: str(1, 2),
    lambda: str(b'a', 5),
    lambda: str(b'a', 'utf-8', 5),
    lambda: str(5, 'utf-8'),
    lambda: str('x', 'utf-8'),
    lambda: str(b'caf\xc3\xa9', 'utf-8'),
    lambda: str(b'\xff', 'ascii', 'replace'),
    lambda: list(x=1),
    lambda: list([], []),
    lambda: str.__new__(5),
    lambda: list.__new__(5),
    lambda: tuple.__new__('x'),
]
for call in calls:
    try:
        print(repr(call()))
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)


class Names(list):
    def __init__(self, *names, sep=','):
        super().__init__(names)
        self.sep = sep


print(Names('a', 'b', sep=';'), Names('a').sep)
