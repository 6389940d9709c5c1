/// Small racy programs written for the exploration tests; each one's
/// outcome set is stated in its comment, from reasoning about the program.
enum RacyPrograms {
    /// `tasks` tasks each read a shared counter, yield, and write it back
    /// plus one. The final value is the number of tasks whose read came after
    /// every earlier write: any of 1...tasks.
    static func counter(tasks: Int) -> String {
        """
        import asyncio

        counter = 0

        async def worker():
            global counter
            value = counter
            await asyncio.sleep(0)
            counter = value + 1

        async def main():
            await asyncio.gather(\(Array(repeating: "worker()", count: tasks).joined(separator: ", ")))
            print(counter)

        asyncio.run(main())

        """
    }

    /// The same counter with the read-yield-write under an asyncio.Lock:
    /// the updates are serialised, so every schedule prints 3.
    static let lockedCounter = """
    import asyncio

    counter = 0

    async def worker(lock):
        global counter
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1

    async def main():
        lock = asyncio.Lock()
        await asyncio.gather(worker(lock), worker(lock), worker(lock))
        print(counter)

    asyncio.run(main())

    """

    /// Check-then-act on a dict: a fetcher that finds the key missing yields
    /// before filling it. A fetcher that writes returns its own value in the
    /// same step, so "b a" is impossible; the outcomes are "a a" (a fills
    /// first, b sees it), "b b", and "a b" (both saw it missing).
    static let checkThenAct = """
    import asyncio

    cache = {}

    async def fetch(key, who):
        if key not in cache:
            await asyncio.sleep(0)
            cache[key] = who
        return cache[key]

    async def main():
        a, b = await asyncio.gather(fetch("k", "a"), fetch("k", "b"))
        print(a, b)

    asyncio.run(main())

    """

    /// Three philosophers take their left fork, yield, then their right:
    /// when all three hold their left fork the program deadlocks; in other
    /// schedules some philosopher eats first and all finish.
    static let diningPhilosophers = """
    import asyncio

    async def philosopher(i, forks):
        left, right = forks[i], forks[(i + 1) % len(forks)]
        async with left:
            await asyncio.sleep(0)
            async with right:
                print(f"philosopher {i} eats")

    async def main():
        forks = [asyncio.Lock() for _ in range(3)]
        await asyncio.gather(*(philosopher(i, forks) for i in range(3)))

    asyncio.run(main())

    """

    /// Two tasks append to their own lists only: nothing they touch is
    /// shared, so every interleaving is equivalent and one run covers them.
    static let independent = """
    import asyncio

    async def fill(items, n):
        for i in range(n):
            items.append(i)
            await asyncio.sleep(0)

    async def main():
        a, b = [], []
        await asyncio.gather(fill(a, 3), fill(b, 3))
        print(a, b)

    asyncio.run(main())

    """
}
