# traceback: format_exception_only, extract_tb names and line numbers,
# chained exceptions (cause/context), limits, TracebackException, stack
# extraction (file paths are reduced to base names; source lines and
# column carets are not compared).
import os
import traceback


def portable(lines):
    out = []
    for chunk in lines:
        for line in chunk.splitlines():
            if line.startswith('  File "'):
                path, rest = line[len('  File "'):].split('"', 1)
                out.append(f'  File "{os.path.basename(path)}"{rest}')
            elif line.startswith('    '):
                continue
            else:
                out.append(line)
    return '\n'.join(out)


def inner(x):
    return 10 / x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    err = e
print(traceback.format_exception_only(err), traceback.format_exception_only(ValueError, ValueError('bad')))
print([(f.name, f.lineno) for f in traceback.extract_tb(err.__traceback__)], len(traceback.format_tb(err.__traceback__)))
print(portable(traceback.format_exception(err)))
print(portable(traceback.format_exception(type(err), err, err.__traceback__, limit=1)))
try:
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    chained = e
print(portable(traceback.format_exception(chained)))
try:
    try:
        [][1]
    except IndexError:
        raise ValueError('during handling')
except ValueError as e:
    print(portable(traceback.format_exception(e)))
    print(portable(traceback.format_exception(e, chain=False)))
    print(portable([traceback.format_exc()]))
te = traceback.TracebackException.from_exception(chained)
print(te.exc_type.__name__, str(te), [f.name for f in te.stack], te.__cause__.exc_type.__name__, ''.join(te.format_exception_only()))


class CustomError(Exception):
    pass


print(traceback.format_exception_only(CustomError('custom')), traceback.format_exception_only(CustomError()))
print(repr(traceback.format_exc()), traceback.format_exception_only(KeyError('missing')))


def where():
    return [(f.name, f.lineno) for f in traceback.extract_stack()][-2:]


print(where())
summary = traceback.StackSummary.from_list([('f.py', 3, 'fn', 'x = 1')])
print(summary[0].name, summary[0].line, summary.format())
