/// Small programs with known scheduling behaviour, shared by the run tests.
enum ExplorePrograms {
    /// Two tasks do read-await-write on a shared counter: the final value
    /// depends on the interleaving (fifo loses updates and prints 2).
    static let racyCounter = """
    import asyncio

    counter = 0

    async def bump(times):
        global counter
        for _ in range(times):
            value = counter
            await asyncio.sleep(0)
            counter = value + 1

    async def main():
        await asyncio.gather(bump(2), bump(2))
        print("counter", counter)
        return counter

    asyncio.run(main())

    """

    /// One task: every schedule is the same.
    static let deterministic = """
    import asyncio

    async def main():
        for i in range(3):
            await asyncio.sleep(0)
            print(i)
        return "done"

    asyncio.run(main())

    """

    /// Two workers take two locks in opposite orders.
    static let lockCycle = """
    import asyncio

    async def worker(first, second, name):
        async with first:
            await asyncio.sleep(0)
            async with second:
                print(name)

    async def main():
        a, b = asyncio.Lock(), asyncio.Lock()
        await asyncio.gather(worker(a, b, "x"), worker(b, a, "y"))

    asyncio.run(main())

    """
}
