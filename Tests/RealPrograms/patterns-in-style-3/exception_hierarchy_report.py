# Source: written for Interleave's corpus in the style of error-handling guides (exception hierarchies, TracebackException, nested groups printed) (not from a public source)
# Adapted: nothing
import asyncio
import sys
import traceback


class AppError(Exception):
    code = "E000"

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = "E100"


class NetworkError(AppError):
    code = "E200"


class RetryableNetworkError(NetworkError):
    code = "E201"


def load_config(text):
    try:
        key, value = text.split("=")
    except ValueError as exc:
        raise ConfigError("malformed line", detail=repr(text)) from exc
    return {key.strip(): value.strip()}


async def call_service(name, fail_with=None):
    await asyncio.sleep(0.01)
    if fail_with:
        raise fail_with
    return f"{name}: ok"


def classify(exc):
    match exc:
        case RetryableNetworkError():
            return "retry"
        case NetworkError(detail=str(d)) if "fatal" in d:
            return "give up"
        case AppError(code=c):
            return f"app error {c}"
        case OSError(errno=n) if n:
            return f"os error {n}"
        case _:
            return "unexpected"


async def main():
    for line in ["port = 80", "broken line", "a=b=c"]:
        try:
            print(load_config(line))
        except ConfigError as exc:
            print(exc, "| cause:", repr(exc.__cause__), "| args:", exc.args)
    errors = [RetryableNetworkError("timeout"), NetworkError("refused", detail="fatal: tls"), ConfigError("x"),
              FileNotFoundError(2, "No such file", "cfg.toml"), ZeroDivisionError("div")]
    for e in errors:
        print(f"{type(e).__name__:<22} {classify(e):<14} {e}")
    print(FileNotFoundError(2, "No such file", "cfg.toml").filename, OSError(13, "denied").strerror, isinstance(errors[3], OSError))
    results = await asyncio.gather(*(call_service(f"s{i}", e if i % 2 else None) for i, e in enumerate(errors)), return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])

    group = ExceptionGroup("batch failed", [
        ValueError("bad value"),
        ExceptionGroup("network", [RetryableNetworkError("t1"), NetworkError("t2")]),
    ])
    group.add_note("while processing batch 7")
    te = traceback.TracebackException.from_exception(group)
    print("".join(te.format_exception_only()), end="")
    traceback.print_exception(group, file=sys.stdout)
    print(group.exceptions[1].exceptions[0].code, [type(e).__name__ for e in group.exceptions])
    net, rest = group.split(NetworkError)
    print(repr(net))
    print(repr(rest), rest.__notes__)
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise AppError("outer failure")
    except AppError as exc:
        te = traceback.TracebackException.from_exception(exc)
        print(te.exc_type.__name__, str(te), te.__context__.exc_type.__name__ if te.__context__ else None)
        lines = list(te.format(chain=True))
        print(len([l for l in lines if l.startswith("Traceback")]), lines[-1], end="")
    print(issubclass(RetryableNetworkError, AppError), RetryableNetworkError.__mro__[1:3])
    print(BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__, ExceptionGroup("y", [ValueError()]).__class__.__name__)
    try:
        ExceptionGroup("z", [KeyboardInterrupt()])
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
