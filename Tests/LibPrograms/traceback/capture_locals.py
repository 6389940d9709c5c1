# Tracebacks keep their frames' locals: tb_frame.f_locals and
# TracebackException(capture_locals=True) read them after the functions ended.
import traceback


def inner(a, b):
    c = a + b
    items = [a, b, c]
    raise ValueError(c)


def outer(x):
    y = x * 2
    try:
        inner(x, y)
    except ValueError as e:
        raise KeyError("wrapped") from e


try:
    outer(5)
except KeyError as e:
    tb = e.__cause__.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, sorted(f.f_locals.items()))
        tb = tb.tb_next
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    for fs in te.stack[1:]:
        print(fs.name, fs.lineno, sorted(fs.locals.items()))
    for fs in te.__cause__.stack:
        print(fs.name, fs.lineno, sorted(fs.locals.items()))
    for line in te.__cause__.format():
        print(line, end="")
    plain = traceback.TracebackException.from_exception(e)
    print([fs.locals for fs in plain.stack])
    s = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True, limit=-1)
    print(len(s), s[0].name, sorted(s[0].locals))
