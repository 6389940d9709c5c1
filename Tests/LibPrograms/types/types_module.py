# types: names of builtin types, SimpleNamespace, types.coroutine.
import asyncio
import types


def plain():
    return 1


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Widget:
    def method(self):
        return self


c = coro()
checks = [
    type(plain) is types.FunctionType, type(lambda: 0) is types.LambdaType,
    types.FunctionType is types.LambdaType, type(gen()) is types.GeneratorType,
    type(c) is types.CoroutineType, type(agen()) is types.AsyncGeneratorType,
    type(Widget().method) is types.MethodType, type(len) is types.BuiltinFunctionType,
    type([].append) is types.BuiltinMethodType, type(types) is types.ModuleType,
    type(None) is types.NoneType, type(NotImplemented) is types.NotImplementedType,
    type(...) is types.EllipsisType, type(plain.__code__) is types.CodeType,
    isinstance(asyncio, types.ModuleType),
]
print(checks)
c.close()
print(types.GeneratorType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__,
      types.MethodType.__name__, types.FunctionType.__name__)

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.b, vars(ns))
del ns.a
print(ns, types.SimpleNamespace(), ns == types.SimpleNamespace(b='two', c=[3]), ns != types.SimpleNamespace())
ns.self = ns
print(ns)


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(types.SimpleNamespace())
except TypeError:
    print('namespace is unhashable')


@types.coroutine
def legacy(x):
    value = yield from asyncio.sleep(0.5, result=x)
    return value * 2


@types.coroutine
def not_a_generator():
    return asyncio.sleep(0, result='wrapped')


async def main():
    print(await legacy(21), type(legacy(1)).__name__)
    print(await not_a_generator())
    lg = legacy(3)
    print(isinstance(lg, types.GeneratorType), await lg)
    print('time', asyncio.get_running_loop().time())

asyncio.run(main())
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError', e)
print(types.coroutine(coro) is coro, legacy.__name__)
