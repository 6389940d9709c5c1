# The Coroutine ABC
# collections.abc.Coroutine describes send/throw/close; a class implementing them is a coroutine and can be driven by hand.
import collections.abc
import inspect


class Echo(collections.abc.Coroutine):
    def __init__(self):
        self.sent = []

    def send(self, value):
        if value == "stop":
            raise StopIteration(self.sent)
        self.sent.append(value)
        return f"echo {value}"

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def __await__(self):
        return self


async def native():
    return 42


coro = native()
print("native is Coroutine:", isinstance(coro, collections.abc.Coroutine))
print("iscoroutine:", inspect.iscoroutine(coro))
try:
    coro.send(None)
except StopIteration as stop:
    print("native returned", stop.value)

echo = Echo()
print("Echo is Coroutine:", isinstance(echo, collections.abc.Coroutine))
print(echo.send(None))
print(echo.send("hi"))
try:
    echo.send("stop")
except StopIteration as stop:
    print("Echo finished with", stop.value)
