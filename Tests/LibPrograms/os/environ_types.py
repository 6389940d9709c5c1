# os.environ keys and values must be str (CPython's messages); os.path.join
# names its first argument through os.fspath.
import os
for f in [lambda: os.environ[5], lambda: os.environ.get(5), lambda: 5 in os.environ, lambda: os.getenv(5), lambda: os.environ.setdefault(5, 'x'), lambda: os.environ.pop(5, None), lambda: type(os.environ).__name__, lambda: os.environ.copy().__class__.__name__,
          lambda: os.environ['INTERLEAVE_NOPE'], lambda: os.environ.setdefault('INTERLEAVE_X', 'v'), lambda: os.environ['INTERLEAVE_X'], lambda: 'INTERLEAVE_X' in os.environ, lambda: os.environ.pop('INTERLEAVE_X'), lambda: os.environ.setdefault('INTERLEAVE_Y', 5), lambda: os.getenv('INTERLEAVE_NOPE', 'dflt')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: os.path.join(1), lambda: os.path.join('a', None), lambda: os.path.join('a', 'b', '/c')]:
    try: print(repr(f()))
    except TypeError as e: print('TypeError', e)
