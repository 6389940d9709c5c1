/// `UnicodeDecodeError`/`UnicodeEncodeError` as CPython builds them:
/// args `(encoding, object, start, end, reason)`, the attributes of those
/// names, and the message `'utf-8' codec can't decode byte 0xff in
/// position 0: invalid start byte` computed from them.
enum UnicodeErrors {
    static func decodeError(_ codec: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyError {
        PyError(BytesLibraryMethods.unicodeDecodeError,
                args: [.str(codec), .object(PyBytes(bytes)), .int(start), .int(end), .str(reason)])
    }

    static func encodeError(_ codec: String, _ text: [Unicode.Scalar], _ start: Int, _ end: Int,
                            _ reason: String) -> PyError {
        var s = String.UnicodeScalarView()
        s.appendScalars(text)
        return PyError(BytesLibraryMethods.unicodeEncodeError,
                       args: [.str(codec), .str(String(s)), .int(start), .int(end), .str(reason)])
    }

    static func install() {
        for type in BytesLibraryMethods.types {
            for (index, name) in ["encoding", "object", "start", "end", "reason"].enumerated() {
                type.defineProperty(name, get: { _, a in
                    guard let e = a[0].object as? PyException, e.args.count == 5 else { return .none }
                    return e.args[index]
                })
            }
        }
    }

    /// `str(e)` for a five-argument decode/encode error; nil otherwise.
    static func str(_ e: PyException) -> String? {
        let a = e.args
        guard a.count == 5, let codec = a[0].stringValue, let start = a[2].intValue, let end = a[3].intValue,
              let reason = a[4].stringValue else { return nil }
        if e.type.isSubtype(of: BytesLibraryMethods.unicodeDecodeError) {
            guard let bytes = BytesLibraryMethods.bytesOf(a[1]), start >= 0, start < bytes.count else { return nil }
            if end - start > 1 {
                return "'\(codec)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
            }
            return "'\(codec)' codec can't decode byte 0x\(BytesLibraryMethods.hex2(UInt32(bytes[start]))) in position \(start): \(reason)"
        }
        guard let text = a[1].asStr, start >= 0, start < text.count else { return nil }
        if end - start > 1 {
            return "'\(codec)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
        }
        let x = text.scalars[start].value
        let hex = String(x, radix: 16)
        let ch = x < 0x100 ? "'\\x\(BytesLibraryMethods.hex2(x))'"
            : x < 0x10000 ? "'\\u" + String(repeating: "0", count: 4 - hex.count) + hex + "'"
            : "'\\U" + String(repeating: "0", count: 8 - hex.count) + hex + "'"
        return "'\(codec)' codec can't encode character \(ch) in position \(start): \(reason)"
    }
}
