import asyncio, traceback, sys, warnings

def inner(x):
    return {'a': 1}[x]

def outer(x):
    try:
        return inner(x)
    except KeyError as e:
        raise ValueError(f'bad key {x}') from e

async def task(n):
    await asyncio.sleep(n)
    if n > 1:
        outer('zz')
    return n

async def main():
    res = await asyncio.gather(task(1), task(2), return_exceptions=True)
    e = res[1]
    lines = traceback.format_exception(e)
    print(''.join(lines).replace(__file__, 'prog.py'))
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e))
    print(''.join(traceback.format_exception(e, chain=False)).count('\n'))
    tbe = traceback.TracebackException.from_exception(e)
    print(tbe.exc_type.__name__, str(tbe), tbe.__cause__.exc_type.__name__ if tbe.__cause__ else None)
    print([ (f.name, f.lineno, f.line) for f in tbe.stack])
    print(list(tbe.format_exception_only()))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line, fs.filename == __file__)
    summ = traceback.extract_tb(e.__traceback__)
    print(type(summ).__name__, len(summ), summ[-1].name)
    print(traceback.format_list(summ)[-1].replace(__file__, 'prog.py'), end='')
    try:
        [][1]
    except IndexError:
        s = traceback.format_exc()
        print(s.replace(__file__, 'prog.py'), end='')
        et, ev, tb = sys.exc_info()
        print(et.__name__, ev, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int('x')
    except ValueError as e2:
        print(''.join(traceback.format_exception(type(e2), e2, e2.__traceback__)).replace(__file__, 'prog.py'), end='')
    eg = ExceptionGroup('many', [ValueError('v'), TypeError('t')])
    print(''.join(traceback.format_exception(eg)).replace(__file__, 'prog.py'), end='')
    class MyErr(Exception):
        def __str__(self): return 'custom text'
    print(traceback.format_exception_only(MyErr()), traceback.format_exception_only(KeyError('x')), traceback.format_exception_only(Exception()))
    e3 = ValueError('with note')
    e3.add_note('note one')
    e3.add_note('note two')
    print(traceback.format_exception_only(e3))
    print(traceback.format_exception_only(SyntaxError('bad', ('f.py', 3, 5, 'x = (1', 3, 7))))
    traceback.print_exception(ValueError('printed'), file=sys.stdout)
    traceback.print_exc(file=sys.stdout)
asyncio.run(main())
