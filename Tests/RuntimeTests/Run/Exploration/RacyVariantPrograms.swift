/// More racy programs of the kinds learners write (issue 13's list:
/// check-then-act on a list, a consumer that finds the queue empty, locks
/// taken in opposite orders, an Event set before or after the wait, bank
/// withdrawals with and without a lock), each a variation on one in
/// `LearnerPrograms` with its outcome set argued in its comment. The
/// outcome printed by CPython 3.11 (fifo) is always among them.
enum RacyVariantPrograms {
    /// Check-then-act with three tasks for two seats: each checks that
    /// fewer than two are booked, yields, then appends. The first two checks
    /// always pass (at most one append can precede the second check), the
    /// third passes only if it comes before the second append. So either
    /// the first two checkers book, in either order (6 ordered pairs), or
    /// all three do, in any order (all three can check before any append,
    /// then append in any order: 6 permutations).
    static let bookTwoSeats = LearnerProgram(name: "check-then-act on a list, three tasks for two seats", source: """
    import asyncio
    seats = []
    async def book(name):
        if len(seats) < 2:
            await asyncio.sleep(0)
            seats.append(name)
    async def main():
        await asyncio.gather(book("a"), book("b"), book("c"))
        print(seats)
    asyncio.run(main())

    """, outcomes: [
        "['a', 'b']\n", "['b', 'a']\n", "['a', 'c']\n", "['c', 'a']\n", "['b', 'c']\n", "['c', 'b']\n", "['a', 'b', 'c']\n",
        "['a', 'c', 'b']\n", "['b', 'a', 'c']\n", "['b', 'c', 'a']\n", "['c', 'a', 'b']\n", "['c', 'b', 'a']\n"], race: "list.append()")

    /// The producer yields once before `put_nowait`; the consumer takes
    /// with `get_nowait` in its first step. If that step runs before the
    /// producer's second one, the queue is empty (the job stays queued);
    /// otherwise it gets the job.
    static let consumerSeesEmptyQueue = LearnerProgram(name: "consumer may find the queue empty", source: """
    import asyncio
    async def producer(q):
        await asyncio.sleep(0)
        q.put_nowait("job")
    async def consumer(q):
        try:
            print("got", q.get_nowait())
        except asyncio.QueueEmpty:
            print("empty")
    async def main():
        q = asyncio.Queue()
        await asyncio.gather(producer(q), consumer(q))
        print("left", q.qsize())
    asyncio.run(main())

    """, outcomes: ["empty\nleft 1\n", "got job\nleft 0\n"], race: nil)

    /// Two consumers each `await q.get()` once; the producer puts 0 then 1,
    /// yielding after each. The queue is FIFO and a consumer prints in the
    /// step in which its get returns, so whoever takes 0 prints first; a
    /// woken getter that finds the item gone waits again. Either consumer
    /// can be the one that gets 0.
    static let twoBlockingConsumers = LearnerProgram(name: "two consumers blocked on get", source: """
    import asyncio
    async def producer(q):
        for i in range(2):
            await q.put(i)
            await asyncio.sleep(0)
    async def consumer(name, q):
        item = await q.get()
        print(name, item)
    async def main():
        q = asyncio.Queue()
        await asyncio.gather(consumer("a", q), consumer("b", q), producer(q))
    asyncio.run(main())

    """, outcomes: ["a 0\nb 1\n", "b 0\na 1\n"], race: nil)

    /// Opposite lock orders where only `one` yields while holding its
    /// first lock; `two` takes b then a without yielding in between. `two`
    /// first: it holds both, prints and releases in one step. `one` first:
    /// it holds a and yields; if its next step runs first it takes b
    /// (free) and finishes; if `two` runs first it takes b and waits for
    /// a, and `one` then waits for b: deadlock (CPython's fifo order).
    static let oneSidedLockYield = LearnerProgram(name: "opposite lock order, only one task yields", source: """
    import asyncio
    async def one(a, b):
        async with a:
            await asyncio.sleep(0)
            async with b:
                print("one")
    async def two(a, b):
        async with b:
            async with a:
                print("two")
    async def main():
        a, b = asyncio.Lock(), asyncio.Lock()
        await asyncio.gather(one(a, b), two(a, b))
    asyncio.run(main())

    """, outcomes: ["one\ntwo\n", "two\none\n", "deadlock"], race: nil)

    /// Opposite lock orders with no await between the acquires: taking a
    /// free lock does not suspend, so each task takes both locks, prints
    /// and releases them in one step. No deadlock: only the order of the
    /// two steps varies.
    static let oppositeLocksWithoutYield = LearnerProgram(name: "opposite lock order without a yield", source: """
    import asyncio
    async def one(a, b):
        async with a:
            async with b:
                print("one")
    async def two(a, b):
        async with b:
            async with a:
                print("two")
    async def main():
        a, b = asyncio.Lock(), asyncio.Lock()
        await asyncio.gather(one(a, b), two(a, b))
    asyncio.run(main())

    """, outcomes: ["one\ntwo\n", "two\none\n"], race: nil)

    /// The toggler sets the event, yields, clears it. A waiter already
    /// waiting is woken by the set and sees the flag still set or already
    /// cleared, depending on whether its wakeup or the clear runs first
    /// (`wait()` returns True either way). A waiter that starts after the
    /// set: returns at once if the clear has not run yet (True), else
    /// waits for a set that never comes (deadlock: main waits in gather).
    static let eventClearedAgain = LearnerProgram(name: "event set then cleared", source: """
    import asyncio
    async def waiter(ev):
        await ev.wait()
        print("woke, set =", ev.is_set())
    async def toggler(ev):
        ev.set()
        await asyncio.sleep(0)
        ev.clear()
    async def main():
        ev = asyncio.Event()
        await asyncio.gather(waiter(ev), toggler(ev))
    asyncio.run(main())

    """, outcomes: ["woke, set = True\n", "woke, set = False\n", "deadlock"], race: nil)

    /// Two withdrawals (70 and 50) from 100, each checking the balance,
    /// yielding, then subtracting (`-=` re-reads, so no update is lost).
    /// If both check before either subtracts, both succeed, in either
    /// order: -20. Otherwise the first finishes (printing "ok") before the
    /// second checks and is refused: 30 or 50.
    static let overdraft = LearnerProgram(name: "withdrawals checked across a yield", source: """
    import asyncio
    class Account:
        def __init__(self, balance):
            self.balance = balance
    async def withdraw(account, amount, name):
        if account.balance >= amount:
            await asyncio.sleep(0)
            account.balance -= amount
            print(name, "ok")
        else:
            print(name, "refused")
    async def main():
        account = Account(100)
        await asyncio.gather(withdraw(account, 70, "a"), withdraw(account, 50, "b"))
        print(account.balance)
    asyncio.run(main())

    """, outcomes: ["a ok\nb ok\n-20\n", "b ok\na ok\n-20\n", "a ok\nb refused\n30\n", "b ok\na refused\n50\n"], race: "Account.balance")

    /// The withdrawals with the check and the subtraction under the
    /// account's lock: one completes before the other checks, and the
    /// second is refused: 30 (a first) or 50 (b first).
    static let lockedOverdraft = LearnerProgram(name: "withdrawals under the account's lock", source: """
    import asyncio
    class Account:
        def __init__(self, balance):
            self.balance = balance
            self.lock = asyncio.Lock()
    async def withdraw(account, amount, name):
        async with account.lock:
            if account.balance >= amount:
                await asyncio.sleep(0)
                account.balance -= amount
                print(name, "ok")
            else:
                print(name, "refused")
    async def main():
        account = Account(100)
        await asyncio.gather(withdraw(account, 70, "a"), withdraw(account, 50, "b"))
        print(account.balance)
    asyncio.run(main())

    """, outcomes: ["a ok\nb refused\n30\n", "b ok\na refused\n50\n"], race: nil)

    static let all: [LearnerProgram] = [
        bookTwoSeats, consumerSeesEmptyQueue, twoBlockingConsumers, oneSidedLockYield, oppositeLocksWithoutYield, eventClearedAgain, overdraft, lockedOverdraft,
    ]
}
