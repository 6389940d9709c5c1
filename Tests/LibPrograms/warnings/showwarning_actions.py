import asyncio, warnings, sys, io

def old_api(x):
    warnings.warn(f'old_api({x}) is deprecated', DeprecationWarning, stacklevel=2)
    return x

class MyWarning(UserWarning):
    pass

async def worker(n):
    await asyncio.sleep(n / 10)
    warnings.warn(f'worker {n} slow', MyWarning)
    return n

def show(message, category, filename, lineno, file=None, line=None):
    print(f'SHOW {category.__name__}: {message} (line {lineno}) {filename.rsplit("/", 1)[-1]}')

async def main():
    warnings.showwarning = show
    warnings.simplefilter('default')
    old_api(1)
    old_api(1)
    for i in range(2):
        old_api(2)
    await asyncio.gather(worker(1), worker(2), worker(1))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        old_api(3); old_api(3)
        warnings.warn('plain')
        warnings.warn(MyWarning('instance'))
        print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename.rsplit('/', 1)[-1])
        print(repr(w[2]) if False else '', str(w[2])[:0])
    with warnings.catch_warnings():
        warnings.simplefilter('error', MyWarning)
        try:
            warnings.warn('as error', MyWarning)
        except MyWarning as e:
            print('raised', type(e).__name__, e)
        warnings.warn('user still shown')
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', message='skip.*')
        warnings.filterwarnings('once', category=RuntimeWarning)
        warnings.warn('skip me')
        warnings.warn('keep me')
        warnings.warn('rt', RuntimeWarning); warnings.warn('rt', RuntimeWarning); warnings.warn('rt2', RuntimeWarning)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('module')
        for _ in range(3): warnings.warn('mod', UserWarning)
        print('module action', len(w))
    print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line text'))
    print(repr(warnings.formatwarning('msg', DeprecationWarning, 'f.py', 3)))
    print(len(warnings.filters) > 0, warnings.filters[0][0], warnings.filters[0][2].__name__ if warnings.filters[0][2] else None)
    try:
        warnings.warn('x', 'notaclass')
    except TypeError as e:
        print('TypeError', e)
    try:
        warnings.simplefilter('bogus')
    except AssertionError as e:
        print('AssertionError', e)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        warnings.warn_explicit('explicit', UserWarning, 'mod.py', 42)
        print(w[0].filename, w[0].lineno, str(w[0].message))
    warnings.resetwarnings()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('default')
        asyncio.get_event_loop_policy()
        print([str(x.message) for x in w])
asyncio.run(main())
