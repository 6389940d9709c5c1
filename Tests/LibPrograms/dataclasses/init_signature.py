# inspect.signature() of a dataclass shows the generated __init__'s real
# parameters (defaults, <factory>, keyword-only fields, InitVar), also for
# classes defined before inspect is imported.
from dataclasses import KW_ONLY, InitVar, dataclass, field


@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)
    attempts: int = field(default=0, init=False)
    _: KW_ONLY
    timeout: float = 1.5
    retry: bool = False


@dataclass(kw_only=True)
class Credentials:
    user: str
    token: InitVar[str] = ''
    scopes: tuple = ('read',)

    def __post_init__(self, token):
        self.masked = '*' * len(token)


import inspect


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


for cls in (Job, Credentials, Version):
    sig = inspect.signature(cls)
    print(cls.__name__, sig)
    print('  ', [(p.name, p.kind.name, p.default) for p in sig.parameters.values()])
print(inspect.signature(Job.__init__))
print(inspect.signature(Job('x').__init__))
b = inspect.signature(Job).bind('build', 3, timeout=9)
b.apply_defaults()
print(b.arguments)
try:
    inspect.signature(Version).bind()
except TypeError as e:
    print('TypeError:', e)
print(Credentials(user='ann', token='abc').masked, Job.__init__.__annotations__)
