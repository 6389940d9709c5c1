# Source: written for Interleave's corpus in the style of permission-checking services using enum.Flag and structural pattern matching (not from a public source)
# Adapted: nothing
import asyncio
from dataclasses import dataclass, field, replace, KW_ONLY
from enum import Flag, auto, Enum


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Kind(Enum):
    FILE = "file"
    DIR = "dir"


@dataclass(frozen=True, slots=True)
class Resource:
    path: str
    kind: Kind
    _: KW_ONLY
    owner: str = "root"
    perms: Perm = Perm.READ


@dataclass
class Request:
    user: str
    action: str
    target: Resource
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.tags.append(self.action.upper())


async def authorize(req: Request) -> str:
    await asyncio.sleep(0.01)
    match req:
        case Request(user="root"):
            return "allow (superuser)"
        case Request(action="read", target=Resource(perms=p)) if Perm.READ in p:
            return "allow read"
        case Request(action="write", target=Resource(kind=Kind.DIR)):
            return "deny: directories are immutable"
        case Request(action="write", target=Resource(owner=o, perms=p)) if o == req.user and Perm.WRITE in p:
            return "allow write (owner)"
        case Request(action=("exec" | "run") as a, target=Resource(perms=p)) if p & Perm.EXEC:
            return f"allow {a}"
        case _:
            return "deny"


async def main():
    doc = Resource("/home/ann/doc.txt", Kind.FILE, owner="ann", perms=Perm.RW)
    tool = Resource("/usr/bin/tool", Kind.FILE, perms=Perm.READ | Perm.EXEC)
    etc = Resource("/etc", Kind.DIR, perms=Perm.RW)
    reqs = [Request("ann", "read", doc), Request("ann", "write", doc), Request("bob", "write", doc),
            Request("bob", "run", tool), Request("bob", "exec", doc), Request("root", "write", etc),
            Request("ann", "write", etc)]
    for req, verdict in zip(reqs, await asyncio.gather(*map(authorize, reqs))):
        print(f"{req.user:4} {req.action:5} {req.target.path:18} -> {verdict}  {req.tags}")
    print(Perm.RW, repr(Perm.READ | Perm.EXEC), Perm(5), list(Perm.RW), Perm.RW.value)
    print(repr(Perm(0)), bool(Perm(0)), Perm.WRITE in Perm.RW, ~Perm.READ)
    print(doc)
    print(replace(doc, owner="bob"))
    try:
        doc.owner = "x"
    except Exception as e:
        print(type(e).__name__, e)
    print(hasattr(doc, "__dict__"), Resource.__slots__)
    try:
        Resource("/x", Kind.FILE, "bob")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
