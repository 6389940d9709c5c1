/// Programs whose tasks share state through paths no opcode hook sees
/// directly: builtins that read or write attributes by name, iterators
/// and generators advanced by several tasks, a namespace reached as a dict
/// (`obj.__dict__`, `globals()`, `vars()`, `copy.copy`), unpacking, a
/// loop over a list that another task extends, object identities handed
/// out in order, and a bytearray. (A native timer callback that tests a
/// future: `LearnerPrograms.timeoutTie`.) Each outcome set is stated from reasoning; the reduced search
/// must find all of it (it once declared one outcome exhaustive for each).
///
/// In every program the two tasks first yield once (`sleep(0)`), so both
/// are ready together and their next steps may run in either order.
enum HiddenDependencyPrograms {
    static let all: [LearnerProgram] = [
        LearnerProgram(name: "getattr / setattr read-yield-write", source: """
        import asyncio
        class Box:
            pass
        box = Box()
        box.v = 0
        async def w(n):
            v = getattr(box, "v")
            await asyncio.sleep(0)
            setattr(box, "v", v + n)
        async def main():
            await asyncio.gather(w(1), w(10))
            print(box.v)
        asyncio.run(main())

        """, outcomes: ["1\n", "10\n", "11\n"], race: "Box.v"),

        // setattr in one task, getattr with a default in the other: the
        // reader sees the attribute or the default.
        LearnerProgram(name: "setattr vs getattr default", source: """
        import asyncio
        class Box:
            pass
        async def w1(box):
            await asyncio.sleep(0)
            setattr(box, "v", 1)
        async def w2(box, out):
            await asyncio.sleep(0)
            out.append(getattr(box, "v", None))
        async def main():
            box = Box()
            out = []
            await asyncio.gather(w1(box), w2(box, out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[1]\n", "[None]\n"], race: nil),

        // Two tasks drain one shared iterator, one item per step: each item
        // goes to whichever task advances the iterator next, so the three
        // items split between a and b in any of the 2^3 ways (order kept).
        LearnerProgram(name: "shared iterator", source: """
        import asyncio
        it = iter([1, 2, 3])
        async def w(mine):
            for x in it:
                mine.append(x)
                await asyncio.sleep(0)
        async def main():
            a, b = [], []
            await asyncio.gather(w(a), w(b))
            print(a, b)
        asyncio.run(main())

        """, outcomes: ["[1, 2, 3] []\n", "[1, 2] [3]\n", "[1, 3] [2]\n", "[1] [2, 3]\n",
                        "[2, 3] [1]\n", "[2] [1, 3]\n", "[3] [1, 2]\n", "[] [1, 2, 3]\n"], race: nil),

        // A shared id generator: whichever task calls next() first gets 1.
        LearnerProgram(name: "shared generator", source: """
        import asyncio
        def ids():
            n = 0
            while True:
                n += 1
                yield n
        gen = ids()
        async def w():
            await asyncio.sleep(0)
            return next(gen)
        async def main():
            print(await asyncio.gather(w(), w()))
        asyncio.run(main())

        """, outcomes: ["[1, 2]\n", "[2, 1]\n"], race: nil),

        // A write through the instance's __dict__ races with a read of
        // the attribute: 5 or the old 0.
        LearnerProgram(name: "write through __dict__", source: """
        import asyncio
        class C:
            pass
        obj = C()
        obj.x = 0
        async def w1():
            await asyncio.sleep(0)
            obj.__dict__["x"] = 5
        async def w2(out):
            await asyncio.sleep(0)
            out.append(obj.x)
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[0]\n", "[5]\n"], race: nil),

        // The same through globals().
        LearnerProgram(name: "write through globals()", source: """
        import asyncio
        x = 0
        async def w1():
            await asyncio.sleep(0)
            globals()["x"] = 5
        async def w2(out):
            await asyncio.sleep(0)
            out.append(x)
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[0]\n", "[5]\n"], race: nil),

        // An attribute set by one task, the namespace counted by the other
        // through vars(): 0 or 1 attributes.
        LearnerProgram(name: "vars() of an object being set", source: """
        import asyncio
        class S:
            pass
        s = S()
        async def w1():
            await asyncio.sleep(0)
            s.v = 2
        async def w2(out):
            await asyncio.sleep(0)
            out.append(len(vars(s)))
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[0]\n", "[1]\n"], race: nil),

        // Unpacking a list one task swaps: the reader sees 1 or 2 first.
        LearnerProgram(name: "unpacking a shared list", source: """
        import asyncio
        pair = [1, 2]
        async def swap():
            await asyncio.sleep(0)
            pair[0], pair[1] = pair[1], pair[0]
        async def reader(out):
            await asyncio.sleep(0)
            a, b = pair
            out.append(a)
        async def main():
            out = []
            await asyncio.gather(swap(), reader(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[1]\n", "[2]\n"], race: nil),

        // A loop over a list that yields between items while another task
        // appends: the loop sees the new item when the append comes before
        // its second step, which asks the iterator for more.
        LearnerProgram(name: "loop over a list being extended", source: """
        import asyncio
        items = ["a"]
        async def writer():
            await asyncio.sleep(0)
            items.append("b")
        async def reader():
            out = []
            await asyncio.sleep(0)
            for x in items:
                out.append(x)
                await asyncio.sleep(0)
            return out
        async def main():
            r, _ = await asyncio.gather(reader(), writer())
            print(r)
        asyncio.run(main())

        """, outcomes: ["['a']\n", "['a', 'b']\n"], race: nil),

        // Object identities are numbered in the order id() first asks: the
        // task that asks first gets the smaller number.
        LearnerProgram(name: "id() of objects made by two tasks", source: """
        import asyncio
        class T:
            pass
        async def w(out):
            await asyncio.sleep(0)
            o = T()
            out.append(id(o))
            out.append(o)
        async def main():
            a, b = [], []
            await asyncio.gather(w(a), w(b))
            print(a[0] < b[0])
        asyncio.run(main())

        """, outcomes: ["True\n", "False\n"], race: nil),

        // A bytearray is a mutable container like a list.
        LearnerProgram(name: "bytearray extended while measured", source: """
        import asyncio
        buf = bytearray()
        async def w1():
            await asyncio.sleep(0)
            buf.extend(b"xy")
        async def w2(out):
            await asyncio.sleep(0)
            out.append(len(buf))
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[0]\n", "[2]\n"], race: nil),

        // copy.copy reads the object's namespace as a whole (`__dict__`):
        // the copy has the old or the new value.
        LearnerProgram(name: "copy.copy of an object being set", source: """
        import asyncio, copy
        class S:
            def __init__(self):
                self.v = 1
        s = S()
        async def w1():
            await asyncio.sleep(0)
            s.v = 2
        async def w2(out):
            await asyncio.sleep(0)
            out.append(copy.copy(s).v)
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[1]\n", "[2]\n"], race: nil),

        // A class attribute read through an instance (the instance has no
        // attribute of its own) while another task sets it on the class.
        LearnerProgram(name: "class attribute read through an instance", source: """
        import asyncio
        class Config:
            debug = False
        cfg = Config()
        async def w1():
            await asyncio.sleep(0)
            Config.debug = True
        async def w2(out):
            await asyncio.sleep(0)
            out.append(cfg.debug)
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[False]\n", "[True]\n"], race: nil),

        // The same through a subclass: the base's attribute is set.
        LearnerProgram(name: "base class attribute read through a subclass", source: """
        import asyncio
        class Base:
            limit = 1
        class Child(Base):
            pass
        c = Child()
        async def w1():
            await asyncio.sleep(0)
            Base.limit = 2
        async def w2(out):
            await asyncio.sleep(0)
            out.append(c.limit)
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[1]\n", "[2]\n"], race: nil),

        // A method patched on the class while another task calls it.
        LearnerProgram(name: "method patched while called", source: """
        import asyncio
        class Greeter:
            def hello(self):
                return "hello"
        g = Greeter()
        async def w1():
            await asyncio.sleep(0)
            Greeter.hello = lambda self: "patched"
        async def w2(out):
            await asyncio.sleep(0)
            out.append(g.hello())
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["['hello']\n", "['patched']\n"], race: nil),

        // `f(**opts)` and `{**base}` read the dict natively: the reader
        // sees it before or after the other task adds a key.
        LearnerProgram(name: "** of a dict being extended", source: """
        import asyncio
        opts = {"a": 1}
        def f(**kw):
            return len(kw)
        async def w1():
            await asyncio.sleep(0)
            opts["b"] = 2
        async def w2(out):
            await asyncio.sleep(0)
            out.append(f(**opts))
            out.append(len({**opts}))
        async def main():
            out = []
            await asyncio.gather(w1(), w2(out))
            print(out)
        asyncio.run(main())

        """, outcomes: ["[1, 1]\n", "[2, 2]\n"], race: nil),
    ]
}
