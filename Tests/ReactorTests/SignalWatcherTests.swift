import XCTest
import Foundation
@testable import Reactor

final class SignalWatcherTests: XCTestCase {
    func testBlockedSignalArrivesAsALoopEvent() throws {
        // SIGUSR2 is blocked only on this thread and sent only to it, so no
        // other thread of the test process can receive it the default way.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGUSR2)
        var old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }

        let loop = try EventLoop()
        var received: [Int32] = []
        let watcher = try SignalWatcher(signals: [SIGUSR2], loop: loop) { signal in
            received.append(signal)
            loop.stop()
        }
        pthread_kill(pthread_self(), SIGUSR2)
        try runLoop(loop)
        watcher.cancel()
        XCTAssertEqual(received, [SIGUSR2])
        XCTAssertEqual(loop.registrationCount, 0)
    }
}
