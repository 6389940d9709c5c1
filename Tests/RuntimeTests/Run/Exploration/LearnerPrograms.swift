/// Racy asyncio programs of the kinds people write while learning, each
/// with the outcome set stated from reasoning about the program (in its
/// comment), not from our output, and whether the race detector must warn.
///
/// The freedom exploration has (README, `interleave explore`): wherever
/// more than one handle is ready, any of them may run next; timers fire in
/// virtual-time order, so only handles due at the same instant reorder.
/// `await asyncio.sleep(0)` yields: the task's next step is queued behind
/// whatever is ready. An outcome is the program's stdout, or `deadlock`.
struct LearnerProgram {
    let name: String
    let source: String
    /// Every outcome any schedule can produce.
    let outcomes: Set<String>
    /// The variable a race warning must name (nil: the run must be silent;
    /// `LearnerProgram.unchecked`: not asserted, see the program's comment).
    let race: String?

    static let unchecked = "<unchecked>"
}

enum LearnerPrograms {
    /// Three workers each yield, read the counter, yield, write it back plus
    /// one. Every read that lands before an earlier write is lost, and any
    /// number of the three writes can be lost except all of them: 1, 2, 3.
    static let counterYieldTwice = LearnerProgram(name: "counter yielding twice", source: """
    import asyncio
    counter = 0
    async def worker():
        global counter
        await asyncio.sleep(0)
        value = counter
        await asyncio.sleep(0)
        counter = value + 1
    async def main():
        await asyncio.gather(worker(), worker(), worker())
        print(counter)
    asyncio.run(main())

    """, outcomes: ["1\n", "2\n", "3\n"], race: "counter")

    /// The counter as an attribute of a shared object: two read-yield-write
    /// chains on `stats.hits` end at 1 (both read 0) or 2.
    static let attributeCounter = LearnerProgram(name: "attribute counter", source: """
    import asyncio
    class Stats:
        def __init__(self):
            self.hits = 0
    async def worker(stats):
        n = stats.hits
        await asyncio.sleep(0)
        stats.hits = n + 1
    async def main():
        s = Stats()
        await asyncio.gather(worker(s), worker(s))
        print(s.hits)
    asyncio.run(main())

    """, outcomes: ["1\n", "2\n"], race: "Stats.hits")

    /// Two transfers in opposite directions, each reading both balances,
    /// yielding, then writing both. Run one after the other they give
    /// alice 100 - 30 + 50 = 120, bob 100 + 30 - 50 = 80. When both read
    /// before either writes, the later writer overwrites both balances
    /// from the stale reads: T1 last leaves (70, 130), T2 last (150, 50).
    static let bankTransfer = LearnerProgram(name: "bank transfer", source: """
    import asyncio
    balances = {"alice": 100, "bob": 100}
    async def transfer(src, dst, amount):
        s, d = balances[src], balances[dst]
        await asyncio.sleep(0)
        balances[src] = s - amount
        balances[dst] = d + amount
    async def main():
        await asyncio.gather(transfer("alice", "bob", 30), transfer("bob", "alice", 50))
        print(balances["alice"], balances["bob"])
    asyncio.run(main())

    """, outcomes: ["120 80\n", "70 130\n", "150 50\n"], race: "dict contents")

    /// The same transfers with one lock held across the read, the yield and
    /// the writes: they run one after the other, always (120, 80).
    static let lockedBankTransfer = LearnerProgram(name: "locked bank transfer", source: """
    import asyncio
    balances = {"alice": 100, "bob": 100}
    lock = asyncio.Lock()
    async def transfer(src, dst, amount):
        async with lock:
            s, d = balances[src], balances[dst]
            await asyncio.sleep(0)
            balances[src] = s - amount
            balances[dst] = d + amount
    async def main():
        await asyncio.gather(transfer("alice", "bob", 30), transfer("bob", "alice", 50))
        print(balances["alice"], balances["bob"])
    asyncio.run(main())

    """, outcomes: ["120 80\n"], race: nil)

    /// Check-then-act on a list: book a single slot if none is taken, with
    /// a yield between the check and the append. Either one booking (a or b,
    /// the other sees the slot taken) or both pass the check and append in
    /// either order.
    static let checkThenActList = LearnerProgram(name: "check-then-act on a list", source: """
    import asyncio
    slots = []
    async def book(name):
        if len(slots) < 1:
            await asyncio.sleep(0)
            slots.append(name)
    async def main():
        await asyncio.gather(book("a"), book("b"))
        print(slots)
    asyncio.run(main())

    """, outcomes: ["['a']\n", "['b']\n", "['a', 'b']\n", "['b', 'a']\n"], race: "list.append()")

    /// The booking with the check and the append under one lock: the first
    /// to get the lock books, the other sees the slot taken: a or b.
    static let lockedCheckThenActList = LearnerProgram(name: "locked check-then-act on a list", source: """
    import asyncio
    slots = []
    lock = asyncio.Lock()
    async def book(name):
        async with lock:
            if len(slots) < 1:
                await asyncio.sleep(0)
                slots.append(name)
    async def main():
        await asyncio.gather(book("a"), book("b"))
        print(slots)
    asyncio.run(main())

    """, outcomes: ["['a']\n", "['b']\n"], race: nil)

    /// Lazy initialisation: both callers may find the cache empty before
    /// either load finishes, and then both load (2 loads, different
    /// objects); otherwise the second reuses the first's (1 load, same
    /// object). A caller returns the cache in the step that set it, so two
    /// loads never hand out the same object.
    static let lazyInit = LearnerProgram(name: "lazy initialisation", source: """
    import asyncio
    cache = None
    loads = 0
    async def load():
        global loads
        loads += 1
        await asyncio.sleep(0)
        return {"n": loads}
    async def get():
        global cache
        if cache is None:
            cache = await load()
        return cache
    async def main():
        a, b = await asyncio.gather(get(), get())
        print(loads, a is b)
    asyncio.run(main())

    """, outcomes: ["1 True\n", "2 False\n"], race: "cache")

    /// The lazy initialisation under a lock: one load, one object.
    static let lockedLazyInit = LearnerProgram(name: "locked lazy initialisation", source: """
    import asyncio
    cache = None
    loads = 0
    lock = asyncio.Lock()
    async def load():
        global loads
        loads += 1
        await asyncio.sleep(0)
        return {"n": loads}
    async def get():
        global cache
        async with lock:
            if cache is None:
                cache = await load()
        return cache
    async def main():
        a, b = await asyncio.gather(get(), get())
        print(loads, a is b)
    asyncio.run(main())

    """, outcomes: ["1 True\n"], race: nil)

    /// A producer puts 0 then 1 (an unbounded queue's `put` never waits)
    /// with a yield after each; a consumer polls three times with
    /// `get_nowait`, yielding after each poll. Items come out in order, each
    /// once, and a poll before the next put sees the queue empty: any of
    /// the three polls can be the first to get 0, and any later one the
    /// first to get 1: 1 (nothing) + 3 (only 0) + 3 (0 then 1) = 7 lists.
    static let queueNowait = LearnerProgram(name: "producer and polling consumer", source: """
    import asyncio
    async def producer(q):
        for i in range(2):
            await q.put(i)
            await asyncio.sleep(0)
    async def consumer(q, got):
        for _ in range(3):
            try:
                got.append(q.get_nowait())
            except asyncio.QueueEmpty:
                got.append("-")
            await asyncio.sleep(0)
    async def main():
        q = asyncio.Queue()
        got = []
        await asyncio.gather(producer(q), consumer(q, got))
        print(*got)
    asyncio.run(main())

    """, outcomes: ["- - -\n", "0 - -\n", "- 0 -\n", "- - 0\n", "0 1 -\n", "0 - 1\n", "- 0 1\n"], race: nil)

    /// An Event set before or after the waiter waits: `wait()` on a set
    /// event returns at once, so the waiter logs "wait" and "woke" back to
    /// back; otherwise the set comes between them.
    static let event = LearnerProgram(name: "event set before or after wait", source: """
    import asyncio
    async def waiter(ev, log):
        log.append("wait")
        await ev.wait()
        log.append("woke")
    async def setter(ev, log):
        ev.set()
        log.append("set")
    async def main():
        ev = asyncio.Event()
        log = []
        await asyncio.gather(waiter(ev, log), setter(ev, log))
        print(log)
    asyncio.run(main())

    """, outcomes: ["['wait', 'set', 'woke']\n", "['set', 'wait', 'woke']\n"], race: nil)

    /// Two consumers wait on a Condition; the notifier yields, notifies one,
    /// yields, notifies one. A notify with nobody waiting is lost, and a
    /// consumer that starts waiting after the last notify waits forever
    /// (deadlock: main waits for it in gather). When both notifies reach a
    /// waiter, the consumers wake in either order (whoever waited first
    /// wakes first, and either can wait first).
    static let condition = LearnerProgram(name: "condition notify ordering", source: """
    import asyncio
    async def consumer(cond, name, log):
        async with cond:
            await cond.wait()
            log.append(name)
    async def notifier(cond):
        await asyncio.sleep(0)
        async with cond:
            cond.notify(1)
        await asyncio.sleep(0)
        async with cond:
            cond.notify(1)
    async def main():
        cond = asyncio.Condition()
        log = []
        await asyncio.gather(consumer(cond, "a", log), consumer(cond, "b", log), notifier(cond))
        print(log)
    asyncio.run(main())

    """, outcomes: ["['a', 'b']\n", "['b', 'a']\n", "deadlock"], race: nil)

    /// Semaphore(2) and three tasks that each enter, note how many are
    /// inside, yield, leave. At most two are ever inside; one at a time
    /// happens when each task leaves before the next enters. Tasks enter in
    /// any order.
    ///
    /// The race detector stays silent: `inside += 1` and `inside -= 1` each
    /// read and write in one step, so no update is lost, and the read of
    /// `inside` before the yield (for `peak`) is not a check guarding the
    /// later update.
    static let semaphore = LearnerProgram(name: "Semaphore(2) with three tasks", source: """
    import asyncio
    inside = 0
    peak = 0
    async def worker(sem, name, log):
        global inside, peak
        async with sem:
            inside += 1
            peak = max(peak, inside)
            log.append(name)
            await asyncio.sleep(0)
            inside -= 1
    async def main():
        sem = asyncio.Semaphore(2)
        log = []
        await asyncio.gather(worker(sem, "a", log), worker(sem, "b", log), worker(sem, "c", log))
        print(peak, "".join(log))
    asyncio.run(main())

    """, outcomes: Set(["1", "2"].flatMap { p in ["abc", "acb", "bac", "bca", "cab", "cba"].map { "\(p) \($0)\n" } }),
    race: nil)

    /// A task created before a gather of two more: all three are ready when
    /// main first awaits, and each logs X1, yields, logs X2. Any merge of
    /// the three two-item sequences: 6! / (2! 2! 2!) = 90 logs.
    static let gatherAndCreateTask = LearnerProgram(name: "gather vs create_task", source: """
    import asyncio
    log = []
    async def job(name):
        log.append(name + "1")
        await asyncio.sleep(0)
        log.append(name + "2")
    async def main():
        t = asyncio.create_task(job("t"))
        await asyncio.gather(job("g"), job("h"))
        await t
        print(" ".join(log))
    asyncio.run(main())

    """, outcomes: merges([["t1", "t2"], ["g1", "g2"], ["h1", "h2"]]), race: nil)

    /// A TaskGroup of two read-yield-write adders: both updates (11), or
    /// one lost (1 or 10: the last writer's).
    static let taskGroup = LearnerProgram(name: "TaskGroup adders", source: """
    import asyncio
    total = 0
    async def add(n):
        global total
        t = total
        await asyncio.sleep(0)
        total = t + n
    async def main():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(add(1))
            tg.create_task(add(10))
        print(total)
    asyncio.run(main())

    """, outcomes: ["1\n", "10\n", "11\n"], race: "total")

    /// `wait_for` with a 0.1 s timeout around a 0.1 s sleep: the timeout's
    /// timer and the sleep's timer are due at the same virtual instant, so
    /// either may run first: the sleep finishes, or the timeout cancels it.
    static let waitForTie = LearnerProgram(name: "wait_for timeout racing a sleep", source: """
    import asyncio
    async def slow():
        await asyncio.sleep(0.1)
        return "done"
    async def main():
        try:
            print(await asyncio.wait_for(slow(), timeout=0.1))
        except TimeoutError:
            print("timeout")
    asyncio.run(main())

    """, outcomes: ["done\n", "timeout\n"], race: nil)

    /// The same with `async with asyncio.timeout(0.1)` (the same tie).
    static let timeoutTie = LearnerProgram(name: "asyncio.timeout racing a sleep", source: """
    import asyncio
    async def main():
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(0.1)
            print("finished")
        except TimeoutError:
            print("timed out")
    asyncio.run(main())

    """, outcomes: ["finished\n", "timed out\n"], race: nil)

    /// Two tasks take two locks in opposite orders with a yield in between:
    /// if each holds its first lock when the other asks for it, neither can
    /// go on (deadlock); otherwise one finishes first, in either order.
    static let twoLockDeadlock = LearnerProgram(name: "two locks in opposite order", source: """
    import asyncio
    async def one(a, b):
        async with a:
            await asyncio.sleep(0)
            async with b:
                print("one")
    async def two(a, b):
        async with b:
            await asyncio.sleep(0)
            async with a:
                print("two")
    async def main():
        a, b = asyncio.Lock(), asyncio.Lock()
        await asyncio.gather(one(a, b), two(a, b))
    asyncio.run(main())

    """, outcomes: ["one\ntwo\n", "two\none\n", "deadlock"], race: nil)

    /// Items of a shared list: two read-yield-write increments of items[0]
    /// (1 or 2) and one of items[1], which nobody else writes (always 1).
    static let sharedListItems = LearnerProgram(name: "shared list items", source: """
    import asyncio
    items = [0, 0]
    async def bump(i):
        v = items[i]
        await asyncio.sleep(0)
        items[i] = v + 1
    async def main():
        await asyncio.gather(bump(0), bump(0), bump(1))
        print(items)
    asyncio.run(main())

    """, outcomes: ["[1, 1]\n", "[2, 1]\n"], race: "list contents")

    /// Timers: a and c sleep 0.1 s, b 0.2 s. Virtual time fixes b last; a
    /// and c wake at the same instant and may run in either order.
    static let timers = LearnerProgram(name: "sleep(0.1) vs sleep(0.2)", source: """
    import asyncio
    log = []
    async def a():
        await asyncio.sleep(0.1)
        log.append("a")
    async def b():
        await asyncio.sleep(0.2)
        log.append("b")
    async def c():
        await asyncio.sleep(0.1)
        log.append("c")
    async def main():
        await asyncio.gather(a(), b(), c())
        print(log)
    asyncio.run(main())

    """, outcomes: ["['a', 'c', 'b']\n", "['c', 'a', 'b']\n"], race: nil)

    /// A string built by two writers that each read, yield, append their
    /// letter, twice. A task's steps are [read] [write, read] [write], so
    /// its last write is (its first read) + two letters. Its first read
    /// comes before any write of its own: "", or the other's first write
    /// (one letter), or the other's last (two letters, from a first read of
    /// ""). The run's last write decides: "aa", "baa", "bbaa" when a writes
    /// last, "bb", "abb", "aabb" when b does.
    static let stringBuilder = LearnerProgram(name: "string built by two tasks", source: """
    import asyncio
    text = ""
    async def w(ch):
        global text
        for _ in range(2):
            t = text
            await asyncio.sleep(0)
            text = t + ch
    async def main():
        await asyncio.gather(w("a"), w("b"))
        print(text)
    asyncio.run(main())

    """, outcomes: ["aa\n", "bb\n", "aabb\n", "bbaa\n", "abb\n", "baa\n"], race: "text")

    /// Each task updates its own slot of a shared list with a yield
    /// between the read and the write: the slots are disjoint, so nothing
    /// is lost ([2, 2] always) and the race detector, which tells items
    /// with int and str subscripts apart, stays silent.
    static let ownSlots = LearnerProgram(name: "own slots of a shared list", source: """
    import asyncio
    counts = [0, 0]
    async def w(i):
        for _ in range(2):
            v = counts[i]
            await asyncio.sleep(0)
            counts[i] = v + 1
    async def main():
        await asyncio.gather(w(0), w(1))
        print(counts)
    asyncio.run(main())

    """, outcomes: ["[2, 2]\n"], race: nil)

    /// A read-yield-write of one key while another task clears the dict and
    /// sets that key to 100 in one step: before the read (101), inside the
    /// window (the write back wins: 1), or after (100).
    static let clearInsideWindow = LearnerProgram(name: "dict cleared inside a window", source: """
    import asyncio
    scores = {"a": 0}
    async def play():
        s = scores["a"]
        await asyncio.sleep(0)
        scores["a"] = s + 1
    async def reset():
        scores.clear()
        scores["a"] = 100
    async def main():
        await asyncio.gather(play(), reset())
        print(scores)
    asyncio.run(main())

    """, outcomes: ["{'a': 101}\n", "{'a': 1}\n", "{'a': 100}\n"], race: "dict contents")

    static let all: [LearnerProgram] = [
        ownSlots, clearInsideWindow,
        counterYieldTwice, attributeCounter, bankTransfer, lockedBankTransfer, checkThenActList,
        lockedCheckThenActList, lazyInit, lockedLazyInit, queueNowait, event, condition, semaphore,
        gatherAndCreateTask, taskGroup, waitForTie, timeoutTie, twoLockDeadlock, sharedListItems, timers,
        stringBuilder,
    ]

    /// Every merge of the sequences (each keeps its own order), joined by spaces.
    static func merges(_ sequences: [[String]]) -> Set<String> {
        var out = Set<String>()
        func go(_ rest: [[String]], _ acc: [String]) {
            if rest.allSatisfy(\.isEmpty) { out.insert(acc.joined(separator: " ") + "\n"); return }
            for (i, s) in rest.enumerated() where !s.isEmpty {
                var next = rest
                next[i] = Array(s.dropFirst())
                go(next, acc + [s[0]])
            }
        }
        go(sequences, [])
        return out
    }
}
