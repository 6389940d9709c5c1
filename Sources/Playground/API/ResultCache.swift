import Reactor

/// A finished API response kept for reuse: runs are deterministic, so the
/// same canonical scenario always produces the same body.
public struct CachedResponse: Equatable, Sendable {
    /// The status the response carries (`200` or `422`).
    public var statusCode: Int
    /// The body, gzip-compressed when ``isGzip`` (the normal case).
    public var body: [UInt8]
    /// Whether ``body`` is the gzip form; tiny bodies that gzip would grow stay plain.
    public var isGzip: Bool
    /// Length of the uncompressed body, to size the inflate buffer.
    public var plainLength: Int

    /// Creates an entry.
    public init(statusCode: Int, body: [UInt8], isGzip: Bool, plainLength: Int) {
        self.statusCode = statusCode
        self.body = body
        self.isGzip = isGzip
        self.plainLength = plainLength
    }

    /// Bytes this entry costs in the cache: the body's whole allocation (its
    /// capacity, not just its count), plus the key and bookkeeping.
    var cost: Int { max(body.count, body.capacity) + Self.overheadBytes }

    /// What an entry costs besides its body: the key (64 hex digits), the node, the map slot.
    static let overheadBytes = 192

    /// This entry with a body whose capacity is its size, so what the cache
    /// charges is what it holds (a buffer sized for the uncompressed trace is
    /// copied down; an exact one is kept as is).
    func compacted() -> CachedResponse {
        guard body.capacity > body.count + 64 else { return self }
        var copy = self
        // `Array(body)` would share the oversized buffer; copy the bytes themselves.
        copy.body = [UInt8](unsafeUninitializedCapacity: body.count) { buffer, initialized in
            initialized = body.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
        return copy
    }
}

/// A least-recently-used map from scenario key to response, bounded by the
/// total size of the bodies it holds. Safe from any thread (one lock).
///
/// Entries larger than a quarter of the budget are not kept, so one huge
/// trace cannot flush everything else.
public final class ResultCache: @unchecked Sendable {
    /// The byte budget; `0` disables the cache (every lookup misses, nothing is stored).
    public let capacityBytes: Int

    private final class Node {
        let key: String
        var value: CachedResponse
        var newer: Node?
        weak var older: Node?
        init(key: String, value: CachedResponse) {
            self.key = key
            self.value = value
        }
    }

    private let lock = Lock()
    private var nodes: [String: Node] = [:]
    /// The recency list: `oldest` holds the chain through strong `newer`
    /// links; `newest` and `older` are weak (the `nodes` map owns every node too).
    private var oldest: Node?
    private weak var newest: Node?
    private var usedBytes = 0

    /// Creates an empty cache holding at most `capacityBytes`.
    public init(capacityBytes: Int) {
        self.capacityBytes = max(0, capacityBytes)
    }

    /// Whether the cache stores anything at all.
    public var isEnabled: Bool { capacityBytes > 0 }

    /// The entry for `key`, marking it most recently used; nil on a miss.
    public func lookup(_ key: String) -> CachedResponse? {
        guard isEnabled else { return nil }
        return lock.withLock {
            guard let node = nodes[key] else { return nil }
            moveToNewest(node)
            return node.value
        }
    }

    /// Stores `value` under `key` (replacing any older entry), then evicts
    /// least-recently-used entries until the budget holds.
    public func store(_ key: String, _ value: CachedResponse) {
        guard isEnabled, value.body.count + CachedResponse.overheadBytes <= capacityBytes / 4 else { return }
        let value = value.compacted()
        lock.withLock {
            if let existing = nodes[key] {
                usedBytes += value.cost - existing.value.cost
                existing.value = value
                moveToNewest(existing)
            } else {
                let node = Node(key: key, value: value)
                nodes[key] = node
                append(node)
                usedBytes += value.cost
            }
            while usedBytes > capacityBytes, let victim = oldest {
                unlink(victim)
                nodes[victim.key] = nil
                usedBytes -= victim.value.cost
            }
        }
    }

    /// Entries and bytes held now.
    public var statistics: (entries: Int, bytes: Int) {
        lock.withLock { (nodes.count, usedBytes) }
    }

    // MARK: - The recency list (oldest -> newer -> ... -> newest)

    private func append(_ node: Node) {
        node.older = newest
        node.newer = nil
        if let newest { newest.newer = node } else { oldest = node }
        newest = node
    }

    private func unlink(_ node: Node) {
        let older = node.older, newer = node.newer
        if let older { older.newer = newer } else { oldest = newer }
        if let newer { newer.older = older } else { newest = older }
        node.older = nil
        node.newer = nil
    }

    private func moveToNewest(_ node: Node) {
        guard newest !== node else { return }
        unlink(node)
        append(node)
    }
}
