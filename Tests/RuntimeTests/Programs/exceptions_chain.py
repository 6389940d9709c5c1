class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    try:
        {}['k']
    except KeyError as e:
        raise AppError(7, 'wrapped') from e
except AppError as e:
    print(e, e.code, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError('a')
    except TypeError:
        raise ValueError('b') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(g())
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    try:
        raise ValueError('x')
    except ValueError:
        raise
except ValueError as e:
    print('reraised', e)
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(e)
e = None
try:
    assert 1 == 2, 'math broke'
except AssertionError as err:
    print('AssertionError:', err)
print(e)
