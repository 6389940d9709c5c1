# Argument errors and read-only attributes of Context, ContextVar and Token
# with CPython's messages.
import contextvars

cases = [
    lambda: contextvars.ContextVar('a', foo=1),
    lambda: contextvars.ContextVar('a').set(),
    lambda: contextvars.Context().run(),
    lambda: contextvars.copy_context(1),
    lambda: contextvars.Context().get(),
    lambda: contextvars.Context().get(contextvars.ContextVar('a'), 1, 2),
    lambda: setattr(contextvars.ContextVar('a').set(1), 'var', 1),
    lambda: setattr(contextvars.ContextVar('a').set(1), 'old_value', 1),
    lambda: setattr(contextvars.ContextVar('a'), 'name', 'b'),
    lambda: contextvars.Token(),
    lambda: contextvars.Context({}),
    lambda: contextvars.Context(a=1),
    lambda: contextvars.ContextVar('a', default=3).get(),
    lambda: contextvars.Context().get(contextvars.ContextVar('a'), 'fallback'),
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)

for base in (contextvars.ContextVar, contextvars.Token, contextvars.Context):
    try:
        type('Sub', (base,), {})
    except TypeError as e:
        print('TypeError', e)
