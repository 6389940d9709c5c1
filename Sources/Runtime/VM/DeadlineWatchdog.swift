import Dispatch
import Foundation

/// Wakes a run's limit checks once its wall-clock deadline has passed.
///
/// DESIGN: the dispatch loop checks the deadline every few thousand
/// instructions (`periodicCheck`) and native loops every few thousand
/// units of work (`nativeWork`), both counted, not timed. A program whose
/// few instructions are each long (a thousand `a == b` on 100 MB strings,
/// `sorted` of a million items in a loop, `'x' in s` over a huge `s`)
/// reached neither count for seconds or minutes. This watchdog is a timer
/// on a shared queue that fires at the deadline and then every 5 ms until
/// the run ends, zeroing both countdowns so that the next instruction, or
/// the next unit of native work, checks the deadline and ends the run with
/// the wall limit. It writes only those two counters (a racy store of a
/// word that the run thread decrements; a lost store is repeated 5 ms
/// later) and keeps the interpreter, and so the counters' memory, alive
/// until `stop()`.
final class DeadlineWatchdog {
    private static let queue = DispatchQueue(label: "interleave.deadline-watchdog")
    private let lock = NSLock()
    private var interpreter: Interpreter?
    private let timer: DispatchSourceTimer

    /// Starts watching `interpreter`'s deadline.
    init(_ interpreter: Interpreter) {
        self.interpreter = interpreter
        timer = DispatchSource.makeTimerSource(queue: DeadlineWatchdog.queue)
        timer.schedule(deadline: DispatchTime(uptimeNanoseconds: interpreter.deadline.end),
                       repeating: .milliseconds(5), leeway: .milliseconds(2))
        timer.setEventHandler { [weak self] in self?.fire() }
        timer.resume()
    }

    private func fire() {
        lock.lock()
        defer { lock.unlock() }
        guard let counters = interpreter?.counters else { return }
        counters.pointee.untilCheck = 0
        counters.pointee.nativeUntilCheck = 0
    }

    /// Stops the timer and lets the interpreter go (call when the run ends).
    func stop() {
        lock.lock()
        interpreter = nil
        lock.unlock()
        timer.setEventHandler {}
        timer.cancel()
    }
}
