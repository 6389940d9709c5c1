import XCTest
@testable import Runtime

/// The race detector of every run: atomicity violations across an await.
final class RaceDetectorTests: XCTestCase {
    private func races(_ source: String) -> [TraceWarning] {
        (TraceCorpus.run(source)?.warnings ?? []).filter { $0.kind == "race" }
    }

    func testRacyCounterIsFlaggedWithVariableTasksAndLines() throws {
        let found = races(RacyPrograms.counter(tasks: 2))
        let race = try XCTUnwrap(found.first)
        XCTAssertEqual(race.variable, "counter")
        // value = counter (line 7), counter = value + 1 (line 9), by both tasks.
        XCTAssertEqual(race.lines, [7, 9, 9])
        XCTAssertNotNil(race.task)
        XCTAssertNotNil(race.otherTask)
        XCTAssertNotEqual(race.task, race.otherTask)
        XCTAssertTrue(race.message.contains("counter"))
    }

    func testCheckThenActIsFlagged() {
        let found = races(RacyPrograms.checkThenAct)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.lines, [6, 8, 8], "the `in` test, the store, the other store")
    }

    func testLockHeldAcrossTheAwaitIsSilent() {
        XCTAssertEqual(races(RacyPrograms.lockedCounter), [])
    }

    func testUnsharedStateIsSilent() {
        XCTAssertEqual(races(RacyPrograms.independent), [])
        XCTAssertEqual(races(RacyPrograms.diningPhilosophers), [])
    }

    func testAttributeRaceBetweenTasks() throws {
        let source = """
        import asyncio

        class Account:
            def __init__(self):
                self.balance = 100

        async def withdraw(account, amount):
            if account.balance >= amount:
                await asyncio.sleep(0)
                account.balance -= amount

        async def main():
            account = Account()
            await asyncio.gather(withdraw(account, 80), withdraw(account, 80))
            print(account.balance)

        asyncio.run(main())

        """
        let race = try XCTUnwrap(races(source).first)
        XCTAssertEqual(race.variable, "Account.balance")
        XCTAssertEqual(race.lines.first, 8)
    }
}
