# Signature objects: parameters is a read-only mappingproxy, __signature__
# overrides, validation of parameter order, names and kinds.
import asyncio
import functools
import inspect
from inspect import Parameter, Signature


async def fetch(url, *, retries=3, timeout: float = 1.0) -> bytes:
    await asyncio.sleep(0)
    return b''

sig = inspect.signature(fetch)
print(sig.parameters)
print(type(sig.parameters).__name__, list(sig.parameters), sig.return_annotation)
try:
    sig.parameters['x'] = 1
except TypeError as e:
    print('TypeError:', e)


def api(*args, **kwargs):
    return args, kwargs

api.__signature__ = Signature([Parameter('user', Parameter.POSITIONAL_OR_KEYWORD),
                               Parameter('limit', Parameter.KEYWORD_ONLY, default=10)])
print(inspect.signature(api), inspect.signature(api).bind('ann', limit=5).arguments)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@logged
def add(a, b=2):
    return a + b

print(inspect.signature(add), inspect.signature(add, follow_wrapped=False))
add.__signature__ = inspect.signature(add).replace(parameters=[Parameter('a', Parameter.POSITIONAL_ONLY)])
print(inspect.signature(add))
api.__signature__ = 'bogus'
try:
    inspect.signature(api)
except TypeError as e:
    print('TypeError:', e)

for params in (
    [Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)],
    [Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)],
    [Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)],
    [Parameter('a', Parameter.KEYWORD_ONLY, default=1), Parameter('b', Parameter.KEYWORD_ONLY)],
):
    try:
        print(Signature(params))
    except ValueError as e:
        print('ValueError:', e)
for args in (('a b', Parameter.KEYWORD_ONLY), ('class', Parameter.POSITIONAL_ONLY), ('x', 7), ('x', 1)):
    try:
        print(repr(Parameter(*args)), Parameter(*args).kind)
    except ValueError as e:
        print('ValueError:', e)
try:
    Parameter('rest', Parameter.VAR_POSITIONAL, default=())
except ValueError as e:
    print('ValueError:', e)
try:
    Parameter(5, Parameter.KEYWORD_ONLY)
except TypeError as e:
    print('TypeError:', e)
