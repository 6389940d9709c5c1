# Getting the current function's or the caller's name through inspect, as
# logging helpers and tutorials do; the signature classes' module name.
import inspect


def whoami():
    return inspect.stack()[1].function


def caller_name():
    return inspect.stack()[1][3]


def outer():
    print(whoami(), caller_name(), inspect.currentframe().f_code.co_name)
    st = inspect.stack()
    print(st[0].function, st[1].function, st[0].lineno, type(st[0]).__name__, len(st[0]))
    print(inspect.currentframe().f_back.f_code.co_name)


outer()
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getouterframes(frame)[0].function)


def log(msg):
    fi = inspect.stack()[1]
    print(f"{fi.function}:{fi.lineno}: {msg}")


def work():
    log("working")


work()


class Service:
    def run(self):
        log("in method")
        return inspect.currentframe().f_locals["self"] is self


print(Service().run())
print(inspect.Signature, inspect.Parameter, inspect.BoundArguments, inspect.Parameter.empty)
print(inspect.signature(work).empty, inspect.Signature.empty is inspect.Parameter.empty)
