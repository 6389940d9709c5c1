# type.__subclasses__() on user classes: direct subclasses in creation
# order, as plugin registries use it.
import asyncio


class Handler:
    @classmethod
    def registry(cls):
        found = {}
        for sub in cls.__subclasses__():
            found[sub.__name__] = sub
            found.update(sub.registry())
        return found


class JSONHandler(Handler):
    async def handle(self, x):
        await asyncio.sleep(0)
        return f"json:{x}"


class XMLHandler(Handler):
    async def handle(self, x):
        return f"xml:{x}"


class PrettyJSON(JSONHandler):
    async def handle(self, x):
        return "pretty " + await super().handle(x)


Dynamic = type("Dynamic", (Handler,), {"handle": lambda self, x: x})


class Mixin:
    pass


class Both(XMLHandler, Mixin):
    pass


print([c.__name__ for c in Handler.__subclasses__()])
print([c.__name__ for c in JSONHandler.__subclasses__()])
print([c.__name__ for c in Mixin.__subclasses__()], PrettyJSON.__subclasses__())
print(sorted(Handler.registry()))


async def main():
    results = await asyncio.gather(*(cls().handle(1) for cls in (JSONHandler, XMLHandler, PrettyJSON)))
    print(results)


asyncio.run(main())
