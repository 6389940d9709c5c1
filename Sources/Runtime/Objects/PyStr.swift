import Foundation

/// A Python `str`: an immutable sequence of Unicode code points.
///
/// Indexing and `len` are by code point, as in Python. The scalar array is
/// built lazily on the first operation that needs random access; ASCII-only
/// strings use their UTF-8 bytes directly.
public final class PyStr: PyObject {
    /// The Swift string. Immutable to Python; only `append(_:)` changes it,
    /// and only while this object is the sole reference (`s += t`).
    public private(set) var value: String
    private var cachedHash: Int?
    private var cachedScalars: [Unicode.Scalar]?
    private var cachedCount: Int = -1
    private var account: MemoryAccount?
    private var chargedBytes = 0

    deinit { account?.used -= chargedBytes }

    /// Attributes this string's size to `account` until it is freed.
    func track(_ account: MemoryAccount, _ bytes: Int) {
        self.account = account
        account.used += bytes - chargedBytes
        chargedBytes = bytes
    }

    /// Creates a `str` object.
    public init(_ value: String) {
        self.value = value
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.str }

    /// Creates an instance of a `str` subclass.
    public init(_ value: String, type: PyType) {
        self.value = value
        super.init(type: type, hasDict: true)
    }

    /// Appends `suffix` in place. Only for a `str` nothing else references
    /// (`Interpreter.concatenateInPlace` checks that), so no dict holds its
    /// cached hash and no one observes the change.
    func append(_ suffix: PyStr) {
        let oldCount = cachedCount
        value += suffix.value
        cachedHash = nil
        cachedScalars = nil
        cachedCount = oldCount >= 0 && suffix.cachedCount >= 0 ? oldCount + suffix.cachedCount : -1
        if let account { track(account, value.utf8.count) }
    }

    /// Number of code points (`len(s)`).
    public var count: Int {
        if cachedCount < 0 {
            // Code points = UTF-8 bytes that are not continuation bytes.
            cachedCount = value.utf8.withContiguousStorageIfAvailable { buf -> Int in
                var n = 0
                for b in buf where b & 0xC0 != 0x80 { n += 1 }
                return n
            } ?? value.unicodeScalars.count
        }
        return cachedCount
    }

    /// Every code point is ASCII (as many code points as UTF-8 bytes, the
    /// count cached): indexing, iteration and predicates may use the bytes.
    public var isASCII: Bool { count == value.utf8.count }

    /// The code points, for random access.
    public var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        cachedCount = s.count
        return s
    }

    /// The code points, their array (4 bytes each, which the string keeps)
    /// charged to the memory limit before a long one is built: a 100 MB
    /// text became 500 MB that the limit saw only afterwards.
    public func scalars(charging vm: Interpreter) throws -> [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        if value.utf8.count >= 1 << 14 {
            try vm.charge(count, times: MemoryLayout<Unicode.Scalar>.stride)
            try vm.nativeWork(count >> 4)
        }
        return scalars
    }

    /// The deterministic hash (FNV-1a over UTF-8, folded like CPython's -1 rule).
    /// Python's `==` on exact strings: the same code points (the same
    /// UTF-8 bytes), never Swift's `==`, which is canonical equivalence
    /// (`"\u00e9" == "e\u0301"` in Swift, not in Python).
    @inline(__always)
    public func hasSameCodePoints(as other: PyStr) -> Bool {
        if self === other { return true }
        let a = value.utf8, b = other.value.utf8
        guard a.count == b.count else { return false }
        if let same = a.withContiguousStorageIfAvailable({ pa in
            b.withContiguousStorageIfAvailable { pb in
                pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0
            }
        }), let result = same {
            return result
        }
        return a.elementsEqual(b)
    }

    /// `hash(s)`: FNV-1a over the UTF-8 bytes (deterministic, as the
    /// oracle runs CPython with a fixed seed), cached in the object.
    @inline(__always)
    public var hash: Int {
        if let h = cachedHash { return h }
        return computeHash()
    }

    /// The hash, computed once (the cached read above is inlined at every
    /// dict probe; the call alone cost more than the read).
    @inline(never)
    private func computeHash() -> Int {
        if value.isEmpty { return 0 }  // CPython: hash('') == 0 whatever the seed
        var h: UInt64 = 0xcbf29ce484222325
        for b in value.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        var r = Int(bitPattern: UInt(h >> 3))
        if r == -1 { r = -2 }
        cachedHash = r
        return r
    }
}
