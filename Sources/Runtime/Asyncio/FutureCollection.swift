/// What the cycle collector does with a future or task it found
/// unreachable (Memory/CycleCollector.swift): a future whose result is the
/// object that holds the future, a task whose result refers back to the
/// task, a callback closing over its own future.
extension PyFuture {
    /// Drops every reference the future (and, for a task, its coroutine,
    /// name and the future it waits on) holds, as `deinit` would.
    func clearForCollector() {
        if case .object = result { DeepRelease.release(&result, leaving: .none) }
        if exception != nil { DeepRelease.release(&exception, leaving: nil) }
        if firstWakeup != nil { DeepRelease.release(&firstWakeup, leaving: nil) }
        if !callbacks.isEmpty { DeepRelease.release(&callbacks, leaving: []) }
        if cancelledError != nil { DeepRelease.release(&cancelledError, leaving: nil) }
        if case .object = cancelMessage { DeepRelease.release(&cancelMessage, leaving: .none) }
        if case .object = blocker { DeepRelease.release(&blocker, leaving: .none) }
        if let task = self as? PyTask { task.clearTaskForCollector() }
    }
}

extension PyTask {
    fileprivate func clearTaskForCollector() {
        if case .object = coro { DeepRelease.release(&coro, leaving: .none) }
        if case .object = name { DeepRelease.release(&name, leaving: .none) }
        if waiter != nil { DeepRelease.release(&waiter, leaving: nil) }
    }
}
