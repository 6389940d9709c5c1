import Foundation

/// A per-thread slot holding one object (pthread thread-specific data):
/// what `Thread.threadDictionary` offers, without its dictionary and key
/// bridging (each run sets and clears its per-thread hooks, and that was
/// ~3% of a warm exploration run). The slot holds a strong reference,
/// released when it is replaced or its thread ends.
final class ThreadLocalSlot<Object: AnyObject>: @unchecked Sendable {
    private var key = pthread_key_t()

    init() {
        pthread_key_create(&key) { held in
            guard let held else { return }
            Unmanaged<AnyObject>.fromOpaque(held).release()
        }
    }

    /// This thread's object, if any.
    var value: Object? {
        get { pthread_getspecific(key).map { Unmanaged<Object>.fromOpaque($0).takeUnretainedValue() } }
        set {
            let old = pthread_getspecific(key)
            pthread_setspecific(key, newValue.map { Unmanaged.passRetained($0).toOpaque() })
            if let old { Unmanaged<Object>.fromOpaque(old).release() }
        }
    }
}
