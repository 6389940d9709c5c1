/// A parsed `struct` format string (CPython 3.11's `prepare_s`): the byte
/// order, each code with its repeat count and offset, the total size and
/// the number of values it packs.
struct StructFormat {
    /// `@` (native sizes and alignment), `=`, `<` (little-endian standard
    /// sizes), `>`/`!` (big-endian standard sizes).
    enum Order { case native, little, big }

    /// One format code with its repeat count, at `offset` bytes.
    struct Item {
        let code: UInt8
        let count: Int
        let offset: Int
        /// Bytes per value.
        let size: Int
    }

    let order: Order
    /// Native sizes and alignment (`@` or no prefix).
    let nativeSizes: Bool
    let items: [Item]
    /// `calcsize`.
    let size: Int
    /// How many values `pack` takes and `unpack` returns.
    let valueCount: Int

    var littleEndian: Bool { order != .big }

    /// Size and alignment of `code` with native sizes (x86-64 / LP64).
    private static func nativeSize(_ code: UInt8) -> Int? {
        switch code {
        case UInt8(ascii: "x"), UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "?"),
             UInt8(ascii: "s"), UInt8(ascii: "p"): return 1
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"): return 2
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return 4
        case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "n"),
             UInt8(ascii: "N"), UInt8(ascii: "d"), UInt8(ascii: "P"): return 8
        default: return nil
        }
    }

    /// Size of `code` with standard sizes (`<`, `>`, `!`, `=`): no `n N P`.
    private static func standardSize(_ code: UInt8) -> Int? {
        switch code {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"): return nil
        case UInt8(ascii: "l"), UInt8(ascii: "L"): return 4
        default: return nativeSize(code)
        }
    }

    /// Parses `format`, raising `struct.error` as CPython does.
    init(_ format: [UInt8]) throws {
        var rest = format[...]
        var order = Order.native
        var native = true
        if let first = rest.first {
            switch first {
            case UInt8(ascii: "@"): rest = rest.dropFirst()
            case UInt8(ascii: "="): order = .little; native = false; rest = rest.dropFirst()
            case UInt8(ascii: "<"): order = .little; native = false; rest = rest.dropFirst()
            case UInt8(ascii: ">"), UInt8(ascii: "!"): order = .big; native = false; rest = rest.dropFirst()
            default: break
            }
        }
        var items: [Item] = []
        var size = 0, values = 0
        var i = rest.startIndex
        func tooLong() -> PyError { StructModule.error("total struct size too long") }
        while i < rest.endIndex {
            var c = rest[i]
            i += 1
            if c == 32 || (9...13).contains(c) { continue }
            var count = 1
            if (48...57).contains(c) {
                count = Int(c - 48)
                while true {
                    guard i < rest.endIndex else { throw StructModule.error("repeat count given without format specifier") }
                    c = rest[i]
                    i += 1
                    guard (48...57).contains(c) else { break }
                    let (m, o1) = count.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(Int(c - 48))
                    if o1 || o2 { throw tooLong() }
                    count = s
                }
            }
            guard let itemSize = native ? StructFormat.nativeSize(c) : StructFormat.standardSize(c) else {
                throw StructModule.error("bad char in struct format")
            }
            switch c {
            case UInt8(ascii: "s"), UInt8(ascii: "p"): values += 1
            case UInt8(ascii: "x"): break
            default: values += count
            }
            if native, itemSize > 1, size > 0 {
                size += (itemSize - 1) - (size - 1) % itemSize
            }
            let (bytes, o1) = count.multipliedReportingOverflow(by: itemSize)
            let (total, o2) = size.addingReportingOverflow(bytes)
            if o1 || o2 { throw tooLong() }
            items.append(Item(code: c, count: count, offset: size, size: itemSize))
            size = total
        }
        self.order = order
        self.nativeSizes = native
        self.items = items
        self.size = size
        self.valueCount = values
    }
}
