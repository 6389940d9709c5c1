/// Frames of finished calls, kept for the next call instead of freed.
///
/// DESIGN: a Python call needs a `Frame` (a class instance plus one buffer
/// for its locals and value stack). Allocating and freeing both, and
/// retaining the code and globals they point to, was about a fifth of the
/// cost of a call. A frame that returned normally and that nothing else
/// references (no generator, no `sys._getframe` view; exceptions name
/// frames by activation number, `Frame.exceptionSerial`, not by reference)
/// is emptied and kept here, bucketed by its number of
/// locals, for the next call of any function with that many locals. It
/// keeps its code and globals (a recursive function finds them already in
/// place) but drops its locals, cells and function at once, so what a call
/// referenced is freed exactly when it would be without the pool. The pool
/// belongs to one interpreter (one run, one thread) and is bounded:
/// `bucketCount` × `perBucket` frames at most.
final class FramePool {
    /// Frames with this many locals or more are never pooled.
    static let bucketCount = 16
    /// Frames kept per bucket (deep recursion reuses up to this many).
    static let perBucket = 32

    /// `bucketCount` × `perBucket` slots; bucket `n` holds frames with `n`
    /// locals in its first `counts[n]` slots (initialized), the rest are
    /// uninitialized. Raw storage rather than `[[Frame]]`: popping from and
    /// pushing to a nested array checked both arrays' uniqueness and
    /// retained the frame it appended on every call.
    private let slots: UnsafeMutablePointer<Frame>
    private let counts: UnsafeMutablePointer<Int>
    /// Frames this pool had to allocate (a call path that never gives its
    /// frame back shows up here: tests check it stays small in loops).
    private(set) var allocatedCount = 0

    init() {
        slots = .allocate(capacity: FramePool.bucketCount * FramePool.perBucket)
        counts = .allocate(capacity: FramePool.bucketCount)
        counts.initialize(repeating: 0, count: FramePool.bucketCount)
    }

    deinit {
        removeAll()
        slots.deallocate()
        counts.deallocate()
    }

    /// A frame for a call of `function` (no locals dict), from the pool when
    /// one with the same number of locals waits there.
    @inline(__always)
    func frame(for function: PyFunction) -> Frame {
        let code = function.code
        let n = code.varNames.count
        if n < FramePool.bucketCount {
            let c = counts[n]
            if c > 0 {
                counts[n] = c - 1
                let frame = (slots + n * FramePool.perBucket + c - 1).move()
                frame.reuse(code: code, globals: function.globals)
                return frame
            }
        }
        allocatedCount &+= 1
        return Frame(code: code, globals: function.globals, localsDict: nil, function: function)
    }

    /// Takes back `frame` after its call returned, if nothing else holds it.
    @inline(__always)
    /// Consuming: the caller's reference moves into the pool (copying it
    /// in was a retain, and dropping the caller's a release, per call).
    func recycle(_ frame: consuming Frame) {
        var frame = frame
        let n = frame.locals.count
        guard n < FramePool.bucketCount, frame.localsDict == nil,
              counts[n] < FramePool.perBucket, isKnownUniquelyReferenced(&frame) else { return }
        frame.clearForPool()
        (slots + n * FramePool.perBucket + counts[n]).initialize(to: consume frame)
        counts[n] += 1
    }

    /// Frees every pooled frame (end of run).
    func removeAll() {
        for n in 0..<FramePool.bucketCount where counts[n] > 0 {
            let c = counts[n]
            counts[n] = 0
            (slots + n * FramePool.perBucket).deinitialize(count: c)
        }
    }
}

extension FramePool {
    /// Frames waiting in the pool (for tests).
    var pooledCount: Int { (0..<FramePool.bucketCount).reduce(0) { $0 + counts[$1] } }
}
