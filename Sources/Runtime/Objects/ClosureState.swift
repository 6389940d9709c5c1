/// A value a native module's functions share through their closures (a
/// setting that a setter changes and a getter reads back, such as
/// `sys.setrecursionlimit`): state outside the object graph. The module
/// lists it (`PyModule.closureStates`) so that a warm image, which shares
/// the module with its runs, can put it back after each run
/// (Run/Warm/WarmImage.swift).
protocol ClosureStateKeeping: AnyObject {
    /// Remembers the current value as the one `rollBack` restores.
    func checkpoint()
    /// Puts the remembered value back.
    func rollBack()
}

/// One closure-held value (see `ClosureStateKeeping`).
final class ClosureState<Stored>: ClosureStateKeeping {
    var value: Stored
    private var saved: Stored

    init(_ value: Stored) {
        self.value = value
        saved = value
    }

    func checkpoint() { saved = value }
    func rollBack() { value = saved }
}

extension PyModule {
    /// Creates a closure-held value listed by this module.
    func closureState<Stored>(_ initial: Stored) -> ClosureState<Stored> {
        let state = ClosureState(initial)
        closureStates.append(state)
        return state
    }
}
