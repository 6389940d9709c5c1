import XCTest
import Foundation
@testable import Reactor

/// Runs the loop on the calling thread with a safety net: if the test's own
/// stop never comes, a 10 s timer stops the loop and the test fails instead of hanging.
func runLoop(_ loop: EventLoop, file: StaticString = #filePath, line: UInt = #line) throws {
    var timedOut = false
    let guardTimer = loop.scheduleTimer(after: .seconds(10)) {
        timedOut = true
        loop.stop()
    }
    try loop.run()
    loop.cancelTimer(guardTimer)
    XCTAssertFalse(timedOut, "the loop was not stopped by the test", file: file, line: line)
}

final class EventLoopTests: XCTestCase {
    func testTimersFireInDeadlineOrderThenSchedulingOrder() throws {
        let loop = try EventLoop()
        var fired: [String] = []
        loop.scheduleTimer(after: .milliseconds(30)) { fired.append("30ms") }
        loop.scheduleTimer(after: .milliseconds(10)) { fired.append("10ms") }
        loop.scheduleTimer(after: .milliseconds(20)) { fired.append("20ms") }
        loop.scheduleTimer(after: .milliseconds(40)) {
            fired.append("40ms")
            loop.stop()
        }
        try runLoop(loop)
        XCTAssertEqual(fired, ["10ms", "20ms", "30ms", "40ms"])
    }

    func testEqualDeadlinesKeepSchedulingOrder() {
        var heap = TimerHeap()
        var fired: [Int] = []
        for i in 0..<20 { _ = heap.schedule(at: UInt64(100 + (i % 2))) { fired.append(i) } }
        while let body = heap.popDue(now: 1000) { body() }
        XCTAssertEqual(fired, Array(stride(from: 0, to: 20, by: 2)) + Array(stride(from: 1, to: 20, by: 2)))
    }

    func testCancelledTimerNeverFiresAndHeapCompacts() throws {
        var heap = TimerHeap()
        var fired: [Int] = []
        var ids: [TimerID] = []
        for i in 0..<1000 { ids.append(heap.schedule(at: UInt64(i)) { fired.append(i) }) }
        for (i, id) in ids.enumerated() where i % 10 != 0 { heap.cancel(id) }
        XCTAssertEqual(heap.count, 100)
        XCTAssertEqual(heap.nextDeadline(), 0)
        while let body = heap.popDue(now: .max) { body() }
        XCTAssertEqual(fired, Array(stride(from: 0, to: 1000, by: 10)))
        XCTAssertEqual(heap.count, 0)
    }

    func testCancelTimerInLoop() throws {
        let loop = try EventLoop()
        var fired = false
        let id = loop.scheduleTimer(after: .milliseconds(5)) { fired = true }
        loop.cancelTimer(id)
        loop.scheduleTimer(after: .milliseconds(20)) { loop.stop() }
        try runLoop(loop)
        XCTAssertFalse(fired)
        XCTAssertEqual(loop.pendingTimerCount, 0)
    }

    func testExecuteFromAnotherThreadWakesTheLoop() throws {
        let loop = try EventLoop()
        // Only ever touched on the loop thread; the box keeps the compiler's
        // Sendable checker out of a hand-off the loop already serialises.
        final class Record: @unchecked Sendable {
            var ranOnLoopThread = false
            var order: [Int] = []
        }
        let record = Record()
        let thread = Thread {
            for i in 0..<100 {
                loop.execute { record.order.append(i) }
            }
            loop.execute {
                record.ranOnLoopThread = loop.isInLoopThread
                loop.stop()
            }
        }
        thread.start()
        try runLoop(loop)
        XCTAssertTrue(record.ranOnLoopThread)
        XCTAssertEqual(record.order, Array(0..<100))
        XCTAssertFalse(loop.isInLoopThread, "outside run() no thread is the loop thread")
    }

    func testTasksQueuedOnTheLoopThreadRunWithoutAWakeup() throws {
        let loop = try EventLoop()
        var count = 0
        func step() {
            count += 1
            if count == 1000 { loop.stop() } else { loop.execute(step) }
        }
        // Queued before run(): no owner yet, so this one goes through the eventfd.
        loop.execute(step)
        try runLoop(loop)
        XCTAssertEqual(count, 1000)
    }

    func testStopBeforeRunReturns() throws {
        let loop = try EventLoop()
        loop.stop()
        try runLoop(loop)
    }

    func testReadReadinessOnAPipe() throws {
        let loop = try EventLoop()
        let (reader, writer) = try FileDescriptor.pipe()
        defer { try? reader.close(); try? writer.close() }
        var received: [UInt8] = []
        var seenEvents: IOEvents = []
        let id = try loop.register(fd: reader.rawValue, interest: .read) { events in
            seenEvents.formUnion(events)
            var buffer = [UInt8](repeating: 0, count: 64)
            let result = buffer.withUnsafeMutableBytes { try? reader.read(into: $0) }
            if case .processed(let n)? = result { received += buffer[0..<n] }
            if received.count >= 5 { loop.stop() }
        }
        let thread = Thread { try? writer.writeAll(Array("hello".utf8)) }
        thread.start()
        try runLoop(loop)
        loop.deregister(id)
        XCTAssertEqual(received, Array("hello".utf8))
        XCTAssertTrue(seenEvents.contains(.read))
        XCTAssertEqual(loop.registrationCount, 0)
    }

    func testPeerCloseIsReportedAsReadEOF() throws {
        let loop = try EventLoop()
        let (a, b) = try FileDescriptor.socketPair()
        defer { try? a.close() }
        var seen: IOEvents = []
        let id = try loop.register(fd: a.rawValue, interest: .read) { events in
            seen = events
            loop.stop()
        }
        try b.close()
        try runLoop(loop)
        loop.deregister(id)
        XCTAssertTrue(seen.contains(.readEOF))
        var byte: UInt8 = 0
        XCTAssertEqual(try withUnsafeMutableBytes(of: &byte) { try a.read(into: $0) }, .processed(0))
    }

    func testModifyTurnsInterestOnAndOff() throws {
        let loop = try EventLoop()
        let (a, b) = try FileDescriptor.socketPair()
        defer { try? a.close(); try? b.close() }
        try b.writeAll([1, 2, 3])
        var calls = 0
        let id = try loop.register(fd: a.rawValue, interest: .none) { events in
            calls += 1
            XCTAssertTrue(events.contains(.read))
            loop.stop()
        }
        // While the interest is empty the readable socket must stay silent.
        loop.scheduleTimer(after: .milliseconds(20)) {
            XCTAssertEqual(calls, 0)
            do { try loop.modify(id, interest: .read) } catch { XCTFail("modify failed: \(error)") }
        }
        try runLoop(loop)
        XCTAssertEqual(calls, 1)
        loop.deregister(id)
        XCTAssertThrowsError(try loop.modify(id, interest: .read)) { error in
            XCTAssertEqual((error as? SystemError)?.errno, ENOENT)
        }
    }

    func testWriteReadiness() throws {
        let loop = try EventLoop()
        let (a, b) = try FileDescriptor.socketPair()
        defer { try? a.close(); try? b.close() }
        var seen: IOEvents = []
        let id = try loop.register(fd: a.rawValue, interest: .write) { events in
            seen = events
            loop.stop()
        }
        try runLoop(loop)
        loop.deregister(id)
        XCTAssertTrue(seen.contains(.write))
        XCTAssertFalse(seen.contains(.read))
    }

    func testStaleEventsForRemovedRegistrationsAreDropped() throws {
        let loop = try EventLoop()
        let (a1, b1) = try FileDescriptor.socketPair()
        let (a2, b2) = try FileDescriptor.socketPair()
        defer { for fd in [a1, b1, a2, b2] { try? fd.close() } }
        try b1.writeAll([1])
        try b2.writeAll([2])
        // Both fds are ready in the same epoll_wait batch; whichever handler
        // runs first removes the other, whose already-fetched event must be dropped.
        var calls: [Int] = []
        var ids: [RegistrationID] = []
        ids.append(try loop.register(fd: a1.rawValue, interest: .read) { _ in
            calls.append(1)
            loop.deregister(ids[1])
        })
        ids.append(try loop.register(fd: a2.rawValue, interest: .read) { _ in
            calls.append(2)
            loop.deregister(ids[0])
        })
        loop.execute { loop.stop() }
        try runLoop(loop)
        XCTAssertEqual(calls.count, 1, "exactly one handler ran; the other's event was stale")
        XCTAssertEqual(loop.registrationCount, 1)
        for id in ids { loop.deregister(id) }
    }

    func testRegistrationIDsAreNeverReused() throws {
        let loop = try EventLoop()
        let (a, b) = try FileDescriptor.socketPair()
        defer { try? a.close(); try? b.close() }
        let first = try loop.register(fd: a.rawValue, interest: .read) { _ in }
        loop.deregister(first)
        let second = try loop.register(fd: a.rawValue, interest: .read) { _ in }
        XCTAssertNotEqual(first, second)
        loop.deregister(second)
        loop.deregister(second) // removing twice is harmless
    }

    func testLateDeregisterOfAClosedFdDoesNotRemoveTheNewOwnerOfItsNumber() throws {
        let loop = try EventLoop()
        let (a, b) = try FileDescriptor.socketPair()
        let stale = try loop.register(fd: a.rawValue, interest: .read) { _ in XCTFail("stale handler ran") }
        // Without deregistering, the number is closed and reused: dup2 does both
        // atomically, so no other thread of the test process can take it in between.
        let (fresh1, d) = try FileDescriptor.socketPair()
        XCTAssertEqual(dup2(fresh1.rawValue, a.rawValue), a.rawValue)
        try fresh1.close()
        try b.close()
        let c = a
        defer { try? c.close(); try? d.close() }
        var fresh = 0
        let current = try loop.register(fd: c.rawValue, interest: .none) { _ in
            fresh += 1
            loop.stop()
        }
        XCTAssertThrowsError(try loop.modify(stale, interest: .read)) { error in
            XCTAssertEqual((error as? SystemError)?.errno, EBADF)
        }
        loop.deregister(stale)
        try loop.modify(current, interest: .read)
        try d.writeAll([42])
        try runLoop(loop)
        XCTAssertEqual(fresh, 1, "the new registration still hears about its fd")
        loop.deregister(current)
    }

    func testRegisteringABadDescriptorThrowsTypedError() throws {
        let loop = try EventLoop()
        XCTAssertThrowsError(try loop.register(fd: 987_654, interest: .read) { _ in }) { error in
            let systemError = error as? SystemError
            XCTAssertEqual(systemError?.errno, EBADF)
            XCTAssertTrue(systemError?.description.contains("epoll_ctl") ?? false)
        }
    }
}
