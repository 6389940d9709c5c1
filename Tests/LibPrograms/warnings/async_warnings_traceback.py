# warnings inside asyncio tasks (record, error, default/once actions, categories), traceback of task exceptions (format_exc, extract_tb, print_exc, TracebackException).
import asyncio, warnings, traceback, sys
def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2
async def task(i):
    await asyncio.sleep(0.1 * i)
    return old_api(i)
async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = await asyncio.gather(*(task(i) for i in range(3)))
    print(res, len(caught), [str(w.message) for w in caught][:1], caught[0].category.__name__, caught[0].filename == __file__ if False else "")
    print(warnings.formatwarning("msg", UserWarning, "prog.py", 12, None))
    print(repr(warnings.formatwarning("m2", RuntimeWarning, "x.py", 3, "line()")))
    with warnings.catch_warnings():
        warnings.filterwarnings("error", category=DeprecationWarning)
        try:
            old_api(1)
        except DeprecationWarning as e:
            print("as error:", e, type(e).__mro__[1].__name__)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("default")
        for _ in range(3):
            warnings.warn("once per location")
        print("default:", len(w))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("once")
        for i in range(3):
            warnings.warn("same text")
        warnings.warn("other text")
        print("once:", len(w))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.warn(UserWarning("instance"))
        warnings.warn("cat", category=FutureWarning)
        warnings.warn("pending", PendingDeprecationWarning)
        print([(type(x.message).__name__, x.category.__name__, str(x.message)) for x in w])
    class MyWarning(UserWarning):
        pass
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("ignore")
        warnings.simplefilter("always", MyWarning)
        warnings.warn("mine", MyWarning)
        warnings.warn("not mine")
        print([str(x.message) for x in w], issubclass(MyWarning, Warning))
    try:
        warnings.warn("bad", 5)
    except TypeError as e:
        print(e)
    try:
        warnings.simplefilter("bogus")
    except (AssertionError, ValueError) as e:
        print(type(e).__name__, e)
    async def boom():
        await asyncio.sleep(0)
        raise ValueError("task failed")
    t = asyncio.create_task(boom())
    try:
        await t
    except ValueError:
        tb = traceback.format_exc()
        print(tb.splitlines()[0], tb.splitlines()[-1], "boom" in tb)
    exc = t.exception()
    print(type(exc).__name__, traceback.format_exception_only(exc))
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    print(lines[0], lines[-1], len(lines) > 2)
    stack = traceback.extract_tb(exc.__traceback__)
    print([f.name for f in stack], stack[-1].line)
    try:
        raise KeyError("k") from None
    except KeyError as e:
        print(traceback.format_exception_only(type(e), e), e.__suppress_context__)
    def a(): b()
    def b(): raise RuntimeError("deep")
    try:
        a()
    except RuntimeError as e:
        summ = traceback.extract_tb(e.__traceback__)
        print([fs.name for fs in summ], [fs.lineno for fs in summ][1:] != [], summ.format()[-1].strip().splitlines()[-1])
        print("".join(traceback.format_tb(e.__traceback__)).count("File"))
    traceback.print_exc(file=sys.stdout) if False else None
    try:
        1 / 0
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 1, 2, "x = (", 1, 6))))
    te = traceback.TracebackException.from_exception(ValueError("te"))
    print(list(te.format_exception_only()), te.exc_type.__name__ if hasattr(te, "exc_type") else "")
asyncio.run(main())
