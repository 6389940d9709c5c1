/// `async with` on a Lib/asyncio Lock or Semaphore without method calls:
/// `_ContextManagerMixin.__aenter__` is `await self.acquire()` and
/// `__aexit__` is `self.release()`; when those attributes resolve to the
/// native methods (the class keeps them and the helpers they call, and the
/// instance's `__dict__` does not shadow them), the native context manager
/// runs their bodies directly (`PyAcquireContext`, `PyReleaseCoroutine`):
/// the same steps in the same order, without looking the method up,
/// calling it through its descriptor and awaiting a second coroutine.
enum DirectContextManager {
    /// Which primitive's native methods `owner.acquire` and `owner.release` are.
    enum Kind {
        case lock
        case semaphore
    }

    /// `owner` and its kind when `owner.<name>` is the native method of a
    /// Lock or a Semaphore that runs natively, else nil (the caller then
    /// calls the method as Python would).
    static func resolve(_ vm: Interpreter, _ owner: Value, _ runtime: AsyncioRuntime,
                        _ name: PyStr) -> (PyObject, Kind)? {
        guard runtime.nativeAllowed(vm), case .object(let o) = owner, let dict = o.dictRef,
              !dict._withUnsafeGuaranteedRef({ $0.containsStr(name) }) else { return nil }
        let type = o.type
        if runtime.primitives.lockContext?.runsNatively(type) ?? false { return (o, .lock) }
        if runtime.primitives.semaphoreContext?.runsNatively(type) ?? false { return (o, .semaphore) }
        return nil
    }
}
