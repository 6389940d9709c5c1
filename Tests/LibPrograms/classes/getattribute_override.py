# __getattribute__ overrides: a logging proxy, a class that computes some
# names and falls back to __getattr__, inheritance of the override,
# object.__getattribute__ from the override, methods and properties read
# through it, hasattr/getattr with a default, and a class attribute
# added after the first read (the override is cached per class version).


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2

    @property
    def label(self):
        return f"x={self.x}"


p = Logged()
print(p.x)
print(p.double())
print(p.label)
print(getattr(p, "x"), getattr(p, "missing", "default"), hasattr(p, "nothing"))


class Child(Logged):
    pass


print(Child().double())


class Computed:
    def __getattribute__(self, name):
        if name.startswith("magic_"):
            return name[6:].upper()
        raise AttributeError(name)

    def __getattr__(self, name):
        return "fallback " + name


c = Computed()
print(c.magic_word, c.other, hasattr(c, "anything"))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        if name == "_target":
            return target
        return getattr(target, name)


proxied = Proxy([3, 1, 2])
proxied.sort()
print(proxied.count(1), proxied._target)


class Late:
    def value(self):
        return 1


late = Late()
print(late.value())
Late.__getattribute__ = lambda self, name: (lambda: 99) if name == "value" else object.__getattribute__(self, name)
print(late.value())
del Late.__getattribute__
print(late.value())

try:
    Computed.__getattribute__(c, "plain")
except AttributeError as e:
    print("AttributeError", e)
