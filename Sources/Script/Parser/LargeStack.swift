import Foundation

/// Runs a deeply recursive job (parsing) on a fresh thread with a large
/// stack and waits for it, so the caller's own stack size never matters.
/// The stack is only reserved address space; pages are touched on demand.
public enum LargeStack {
    /// Stack size of the helper thread: 64 MiB, well above what the parser's nesting limits need.
    public static let size = 64 << 20

    /// Runs `body` on a thread with a `size`-byte stack and returns its result or rethrows its error.
    public static func run<T>(_ body: @escaping () throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { try body() }
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        guard let result = box.result else {
            throw SyntaxError(.syntaxError, "internal error: parser thread produced no result", line: 1, column: 1)
        }
        return try result.get()
    }

    /// Carries the result from the helper thread; the semaphore orders the accesses.
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, Error>?
    }
}
