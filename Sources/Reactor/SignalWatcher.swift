#if canImport(Glibc)
import Glibc
#endif
import CEpoll

/// Delivers POSIX signals to an ``EventLoop`` as ordinary events, through a
/// `signalfd`, so no code runs inside a signal handler at all.
///
/// The signals must be blocked in every thread for this to work (otherwise
/// the kernel may deliver them the default way), so call
/// ``blockInAllThreads(_:)`` first, before any other thread is started: new
/// threads inherit the blocked mask of the thread that creates them.
public final class SignalWatcher {
    private let loop: EventLoop
    private let descriptor: FileDescriptor
    private var registration: RegistrationID?

    /// Blocks `signals` in the calling thread (and so in threads it starts later).
    public static func blockInAllThreads(_ signals: [Int32]) throws {
        var set = makeSet(signals)
        let status = pthread_sigmask(SIG_BLOCK, &set, nil)
        if status != 0 { throw SystemError(call: "pthread_sigmask", errno: status) }
    }

    /// Starts watching `signals`; `handler` runs on the loop thread with the
    /// signal number each time one arrives.
    public init(signals: [Int32], loop: EventLoop, handler: @escaping (Int32) -> Void) throws {
        self.loop = loop
        var set = Self.makeSet(signals)
        let fd = try retryingEINTR("signalfd") { signalfd(-1, &set, Int32(SFD_NONBLOCK) | Int32(SFD_CLOEXEC)) }
        descriptor = FileDescriptor(rawValue: fd)
        let reader = descriptor
        do {
            registration = try loop.register(fd: fd, interest: .read) { _ in
                var info = signalfd_siginfo()
                while true {
                    let result = withUnsafeMutableBytes(of: &info) { try? reader.read(into: $0) }
                    guard case .processed(let n)? = result, n == MemoryLayout<signalfd_siginfo>.size else { return }
                    handler(Int32(bitPattern: info.ssi_signo))
                }
            }
        } catch {
            try? descriptor.close()
            throw error
        }
    }

    /// Stops watching and closes the signalfd; call on the loop thread.
    public func cancel() {
        guard let id = registration else { return }
        loop.deregister(id)
        registration = nil
        try? descriptor.close()
    }

    deinit {
        if registration != nil { try? descriptor.close() }
    }

    private static func makeSet(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        return set
    }
}
