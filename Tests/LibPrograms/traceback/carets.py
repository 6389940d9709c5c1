# Source lines and CPython 3.11's column carets in formatted tracebacks:
# calls (^^^), binary operators (~~^~~), subscripts (~~^^^), attributes,
# multi-line spans, and spans that cover the whole line (no carets).
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        text = traceback.format_exc()
        print('\n'.join(l for l in text.splitlines() if not l.startswith('  File')))


def divide(a, b):
    return a / b


def nested(d):
    return d['outer']['inner'] + 1


def attribute(o):
    return o.missing.deeper(1)


def power(x):
    return (x) ** 'two'


def call_chain(items):
    total = sum(len(i) for i in items) + divide(1, 0)
    return total


def multi_line(d):
    value = (
        d['a']
        + d['b'])
    return value


def whole_line(x):
    raise ValueError(x)


show(divide, 1, 0)
show(nested, {'outer': {}})
show(nested, {'outer': {'inner': 'x'}})
show(attribute, 5)
show(power, 3)
show(call_chain, ['ab', 'c'])
show(multi_line, {'a': 1})
show(whole_line, 'plain')
show(lambda: [1, 2, 3][10])
show(lambda: {'k': 1}['missing'])
print(traceback.extract_tb(None))
try:
    nested({'outer': {}})
except KeyError as e:
    for frame in traceback.extract_tb(e.__traceback__):
        print(frame.name, frame.lineno, frame.line)
