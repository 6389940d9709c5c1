import Foundation

/// Runs a deeply recursive job (parsing) on a helper thread with a large
/// stack and waits for it, so the caller's own stack size never matters.
/// The stack is only reserved address space; pages are touched on demand.
///
/// Helper threads are kept and reused: importing asyncio parses about 50
/// modules, and a fresh thread per parse (its 64 MiB stack mapped anew,
/// every page the parse touched faulted in again) was ~8% of a program's
/// start. A caller takes an idle helper (or makes one when all are busy),
/// so concurrent callers (the server's workers) never wait for each other;
/// there are never more helpers than callers at one time. An idle helper
/// keeps the stack pages its deepest parse touched.
public enum LargeStack {
    /// Stack size of a helper thread: 64 MiB, well above what the parser's nesting limits need.
    public static let size = 64 << 20

    /// Runs `body` on a thread with a `size`-byte stack and returns its result or rethrows its error.
    public static func run<T>(_ body: @escaping () throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let helper = Helper.take()
        helper.perform {
            box.result = Result { try body() }
            done.signal()
        }
        done.wait()
        Helper.putBack(helper)
        guard let result = box.result else {
            throw SyntaxError(.syntaxError, "internal error: parser thread produced no result", line: 1, column: 1)
        }
        return try result.get()
    }

    /// Carries the result from the helper thread; the semaphore orders the accesses.
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, Error>?
    }

    /// One large-stack thread that runs the jobs it is handed, one at a
    /// time, forever. `job` is written by the caller before `wake` is
    /// signalled and taken by the thread before it runs it, so a helper
    /// put back (after its job signalled) is never touched by its thread.
    private final class Helper: @unchecked Sendable {
        private let wake = DispatchSemaphore(value: 0)
        private var job: (() -> Void)?

        private static let lock = NSLock()
        nonisolated(unsafe) private static var idle: [Helper] = []

        static func take() -> Helper {
            lock.lock()
            let helper = idle.popLast()
            lock.unlock()
            return helper ?? Helper()
        }

        static func putBack(_ helper: Helper) {
            lock.lock()
            idle.append(helper)
            lock.unlock()
        }

        private init() {
            let thread = Thread { [self] in
                while true {
                    wake.wait()
                    let work = job
                    job = nil
                    work?()
                }
            }
            thread.stackSize = LargeStack.size
            thread.start()
        }

        func perform(_ work: @escaping () -> Void) {
            job = work
            wake.signal()
        }
    }
}
