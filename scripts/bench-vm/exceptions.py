# Exceptions: raise and catch in a loop, custom exception hierarchy,
# try/finally, exceptions crossing several frames, re-raise with `from`.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]


def deep(n, key, table):
    if n == 0:
        return lookup(table, key)
    return deep(n - 1, key, table)


table = {k: k * 2 for k in range(0, 1000, 3)}
found = missing = cleanups = value_errors = chained = 0
for i in range(540000):
    try:
        found += deep(3, i % 1000, table)
    except NotFound as e:
        missing += e.code & 1
    finally:
        cleanups += 1
    try:
        int("x" if i % 2 else "12")
    except ValueError:
        value_errors += 1
    if i % 10 == 0:
        try:
            try:
                [][i]
            except IndexError as e:
                raise AppError(i) from e
        except AppError as e:
            chained += isinstance(e.__cause__, IndexError)
print(found, missing, cleanups, value_errors, chained)
