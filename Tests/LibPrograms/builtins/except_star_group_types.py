# except* refuses exception group types (alone or in a tuple) with CPython's
# TypeError, whenever the clause is reached, even after an earlier clause
# handled everything; other types match as usual.
def attempt(label, exc, clause):
    try:
        try:
            raise exc
        except* clause:
            print(label, 'handled')
    except TypeError as e:
        print(label, type(e).__name__, e, type(e.__context__).__name__)
    except BaseException as e:
        print(label, 'other', type(e).__name__, e)

attempt(1, ExceptionGroup("g", [ValueError(1)]), ExceptionGroup)
attempt(2, ValueError(2), ExceptionGroup)
attempt(3, ExceptionGroup("g", [ValueError(1)]), (ValueError, BaseExceptionGroup))
attempt(4, ExceptionGroup("g", [ValueError(1)]), (ValueError, 1))
class MyGroup(ExceptionGroup): pass
attempt(5, MyGroup("g", [KeyError(1)]), MyGroup)
attempt(6, ExceptionGroup("g", [ValueError(1)]), ValueError)

def later_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print('first clause took all')
    except* ExceptionGroup:
        print('unreachable')

try:
    later_clause()
except TypeError as e:
    print('later clause:', e, repr(e.__context__))

evaluated = []
def kind(k):
    evaluated.append(k.__name__)
    return k

try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
except* kind(ValueError):
    print('values')
except* kind(KeyError):
    print('keys')
except* kind(OSError):
    print('unreachable')
print(evaluated)
print('done')
