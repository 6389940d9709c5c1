/// An ordered list of header fields with case-insensitive name lookup.
///
/// Order and the original spelling of names are kept, because field order is
/// significant for repeated fields and because access logs and tests compare
/// what was actually sent. Lookups compare names ASCII-case-insensitively
/// (RFC 9110 §5.1); values are stored as received, without the surrounding
/// optional whitespace.
public struct HTTPHeaders: Equatable, Sendable {
    /// One field line: its name as spelled by the sender and its trimmed value.
    public struct Field: Equatable, Sendable {
        /// The field name, in the case it was sent or set.
        public var name: String
        /// The field value without leading or trailing whitespace.
        public var value: String

        /// Creates a field line.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in the order they were received or added.
    public private(set) var fields: [Field]

    /// Every field may go on the wire as is in a response: a token name, a
    /// value without CR/LF/NUL, and no name the serializer manages itself.
    /// Kept up to date as fields are added, so a response built once (a
    /// static file's, `/healthz`'s) is not re-validated each time it is sent.
    private(set) var fieldsAreWireReady = true
    /// While ``fieldsAreWireReady``: the fields as response header lines
    /// (`name: value` CRLF each), built as they are added, so sending a
    /// prebuilt response copies one block instead of formatting each field.
    private(set) var wireLines: [UInt8] = []
    /// One bit per name length (mod 64) of the fields held: a lookup for a
    /// name whose length no field has (most lookups: `Content-Length`,
    /// `Transfer-Encoding`, `Connection` in a request with only `Host`)
    /// answers without comparing a single name.
    private var nameLengths: UInt64 = 0

    /// Creates an empty header list.
    public init() { fields = [] }

    private static func lengthBit(_ name: String) -> UInt64 {
        1 << UInt64(name.utf8.count & 63)
    }

    /// Whether a field called `name` may be present (no false negatives).
    private func mayContain(_ name: String) -> Bool {
        nameLengths & Self.lengthBit(name) != 0
    }

    private mutating func recomputeNameLengths() {
        nameLengths = fields.reduce(0) { $0 | Self.lengthBit($1.name) }
    }

    /// Equal when the fields are (the wire-readiness flag follows from them).
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields == rhs.fields
    }

    private mutating func recheckWireReady() {
        fieldsAreWireReady = fields.allSatisfy { ResponseSerializer.isWireReady(name: $0.name, value: $0.value) }
        wireLines.removeAll(keepingCapacity: true)
        guard fieldsAreWireReady else { return }
        for field in fields { Self.appendLine(field.name, field.value, to: &wireLines) }
    }

    /// Appends `name: value` CRLF.
    static func appendLine(_ name: String, _ value: String, to out: inout [UInt8]) {
        out.append(contentsOf: name.utf8)
        out.append(UInt8(ascii: ":"))
        out.append(HTTPSyntax.space)
        out.append(contentsOf: value.utf8)
        out.append(HTTPSyntax.cr)
        out.append(HTTPSyntax.lf)
    }

    /// Creates a header list from `(name, value)` pairs, keeping their order.
    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
        recheckWireReady()
        recomputeNameLengths()
    }

    /// The number of field lines.
    public var count: Int { fields.count }

    /// `true` when there are no fields.
    public var isEmpty: Bool { fields.isEmpty }

    /// The value of the first field called `name` (any case), or `nil`.
    public subscript(name: String) -> String? {
        guard mayContain(name) else { return nil }
        return fields.first { Self.namesMatch($0.name, name) }?.value
    }

    /// Every value of the fields called `name` (any case), in order.
    public func values(for name: String) -> [String] {
        guard mayContain(name) else { return [] }
        return fields.filter { Self.namesMatch($0.name, name) }.map(\.value)
    }

    /// `true` when at least one field is called `name` (any case).
    public func contains(_ name: String) -> Bool {
        mayContain(name) && fields.contains { Self.namesMatch($0.name, name) }
    }

    /// The comma-separated elements of every `name` field, trimmed and
    /// lower-cased, empty elements dropped (the `#rule` list syntax of RFC 9110 §5.6.1).
    public func tokens(for name: String) -> [String] {
        values(for: name).flatMap { value in
            value.split(separator: ",").map { HTTPSyntax.trimmed($0).lowercased() }.filter { !$0.isEmpty }
        }
    }

    /// Whether the comma-separated values of every `name` field hold `token`
    /// (ASCII case-insensitive, whitespace trimmed), e.g. `close` in `Connection`.
    /// Scans the values in place, without allocating.
    public func containsToken(_ token: String, in name: String) -> Bool {
        var found = false
        forEachToken(in: name) { if Self.tokenEquals($0, token) { found = true } }
        return found
    }

    /// How many comma-separated, non-empty tokens the `name` fields hold (no allocation).
    public func tokenCount(in name: String) -> Int {
        var count = 0
        forEachToken(in: name) { _ in count += 1 }
        return count
    }

    /// How many fields are named `name` (case-insensitive).
    public func count(of name: String) -> Int {
        guard mayContain(name) else { return 0 }
        var count = 0
        for field in fields where Self.namesMatch(field.name, name) { count += 1 }
        return count
    }

    /// Calls `body` with each non-empty, whitespace-trimmed token of the `name` fields.
    private func forEachToken(in name: String, _ body: (Substring.UTF8View) -> Void) {
        guard mayContain(name) else { return }
        for field in fields where Self.namesMatch(field.name, name) {
            let utf8 = field.value.utf8
            var start = utf8.startIndex
            while start <= utf8.endIndex {
                let end = utf8[start...].firstIndex(of: UInt8(ascii: ",")) ?? utf8.endIndex
                var lower = start, upper = end
                while lower < upper, HTTPSyntax.isWhitespace(utf8[lower]) { lower = utf8.index(after: lower) }
                while upper > lower, HTTPSyntax.isWhitespace(utf8[utf8.index(before: upper)]) { upper = utf8.index(before: upper) }
                if lower < upper { body(field.value[lower..<upper].utf8) }
                guard end < utf8.endIndex else { break }
                start = utf8.index(after: end)
            }
        }
    }

    private static func tokenEquals(_ candidate: Substring.UTF8View, _ token: String) -> Bool {
        let wanted = token.utf8
        guard candidate.count == wanted.count else { return false }
        let fast = candidate.withContiguousStorageIfAvailable { p in
            wanted.withContiguousStorageIfAvailable { q in asciiEqualIgnoringCase(p, q) }
        }
        if let fast, let result = fast { return result }
        for (p, q) in zip(candidate, wanted) where HTTPSyntax.asciiLower(p) != HTTPSyntax.asciiLower(q) {
            return false
        }
        return true
    }

    /// Appends a field line, keeping any existing fields of the same name.
    public mutating func add(name: String, value: String) {
        let ready = fieldsAreWireReady && ResponseSerializer.isWireReady(name: name, value: value)
        fields.append(Field(name: name, value: value))
        nameLengths |= Self.lengthBit(name)
        fieldsAreWireReady = ready
        if ready { Self.appendLine(name, value, to: &wireLines) }
    }

    /// Appends a field the request parser has validated, without the response-side
    /// check of ``add(name:value:)`` (a request's headers are never sent back as is).
    mutating func addParsed(name: String, value: String) {
        fields.append(Field(name: name, value: value))
        nameLengths |= Self.lengthBit(name)
        fieldsAreWireReady = false
    }

    /// Replaces every field called `name` with a single one (added at the end if absent).
    public mutating func replaceOrAdd(name: String, value: String) {
        if let index = fields.firstIndex(where: { Self.namesMatch($0.name, name) }) {
            fields[index].value = value
            var seenFirst = false
            fields.removeAll { field in
                guard Self.namesMatch(field.name, name) else { return false }
                defer { seenFirst = true }
                return seenFirst
            }
            recheckWireReady()
            recomputeNameLengths()
        } else {
            add(name: name, value: value)
        }
    }

    /// Drops every field, keeping the storage for reuse (the parser's next request).
    mutating func removeAll(keepingCapacity: Bool) {
        fields.removeAll(keepingCapacity: keepingCapacity)
        nameLengths = 0
        fieldsAreWireReady = true
        wireLines.removeAll(keepingCapacity: keepingCapacity)
    }

    /// Removes every field called `name` (any case).
    public mutating func remove(name: String) {
        fields.removeAll { Self.namesMatch($0.name, name) }
        recheckWireReady()
        recomputeNameLengths()
    }

    /// ASCII case-insensitive comparison of two field names.
    /// Runs on every header lookup, so it compares the UTF-8 buffers directly
    /// (native and small strings have them) instead of zipping two `UTF8View`s.
    static func namesMatch(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        let fast = x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in asciiEqualIgnoringCase(p, q) }
        }
        if let fast, let result = fast { return result }
        for (p, q) in zip(x, y) where HTTPSyntax.asciiLower(p) != HTTPSyntax.asciiLower(q) {
            return false
        }
        return true
    }

    /// Byte-wise ASCII case-insensitive equality of two buffers of the same length.
    static func asciiEqualIgnoringCase(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        guard p.count == q.count else { return false }
        for index in 0..<p.count where p[index] != q[index] {
            guard HTTPSyntax.asciiLower(p[index]) == HTTPSyntax.asciiLower(q[index]) else { return false }
        }
        return true
    }
}

extension HTTPHeaders: Sequence {
    /// Iterates over the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}

extension HTTPHeaders: ExpressibleByDictionaryLiteral {
    /// Creates headers from a literal such as `["Content-Type": "text/plain"]`, in order.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }
}
