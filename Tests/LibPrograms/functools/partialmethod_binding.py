# functools.partialmethod: a class lookup gives a plain function, an instance
# lookup a partial over the bound method; classmethods, staticmethods and
# nested partialmethods (flattened) bind as CPython 3.11 does.
import asyncio
from functools import partialmethod, partial


class Switch:
    def __init__(self, name):
        self.name = name
        self.state = None

    def set_state(self, state, *, flag=False):
        self.state = (state, flag)
        return self

    on = partialmethod(set_state, 'on', flag=True)
    off = partialmethod(set_state, 'off')
    off_forced = partialmethod(off, flag=True)

    @classmethod
    def build(cls, prefix, name):
        return cls(prefix + name)

    lamp = partialmethod(build, 'lamp-')
    pair = partialmethod(staticmethod(lambda a, b: (a, b)), 'first')


async def flip(sw, delay, method):
    await asyncio.sleep(delay)
    return getattr(sw, method)().state


async def main():
    sw = Switch('hall')
    print(await asyncio.gather(flip(sw, 0.2, 'on'), flip(Switch('x'), 0.1, 'off'), flip(Switch('y'), 0, 'off_forced')))
    print(Switch.on.__name__, Switch.on(Switch('z')).state, callable(Switch.off))
    print(Switch.lamp('1').name, sw.lamp('2').name, Switch.pair('b'), sw.pair('c'))
    bound = sw.on
    print(type(bound).__name__, bound.func.__name__, bound.args, bound.keywords, bound.__self__ is sw)
    print(Switch.__dict__['off_forced'].args, Switch.__dict__['off_forced'].keywords, Switch.__dict__['on'].__isabstractmethod__)
    try:
        partialmethod(5)
    except TypeError as e:
        print(type(e).__name__, e)
    print(Switch.on._partialmethod is Switch.__dict__['on'], isinstance(sw.off, partial))


asyncio.run(main())
