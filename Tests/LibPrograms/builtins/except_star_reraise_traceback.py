# A bare `raise` in an except* clause, and the unhandled rest re-raised at
# the end of the try, add no traceback entry for the handler's line.
import traceback

def reraise_matched():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise

def unhandled_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass

def two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise

def raiser():
    raise ExceptionGroup("inner", [KeyError('k')])

def noted():
    try:
        raiser()
    except* KeyError as e:
        e.add_note('seen in noted')
        raise

for f in [reraise_matched, unhandled_rest, two_clauses, noted]:
    try:
        f()
    except BaseException as e:
        print(''.join(traceback.format_exception(e)), end='')
        print([type(x).__name__ for x in e.exceptions])
