#if canImport(Glibc)
import Glibc
#endif

/// Strings the parser meets in almost every request (`GET`, `Host`, ...),
/// kept ready: when received bytes spell one exactly, the parser takes the
/// ready `String` instead of validating and building a new one. Case is kept
/// as sent, so only an exact spelling matches.
struct InternedStrings {
    private let entries: [(bytes: [UInt8], text: String)]

    init(_ texts: [String]) {
        entries = texts.map { (Array($0.utf8), $0) }
    }

    /// The common methods.
    static let methods = InternedStrings(["GET", "HEAD", "POST"])
    /// Field names browsers, curl and load generators send.
    static let fieldNames = InternedStrings([
        "Host", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language", "Connection",
        "Content-Length", "Content-Type", "Cache-Control", "If-None-Match", "Referer", "Origin",
        "Expect", "Transfer-Encoding", "Upgrade-Insecure-Requests", "Pragma",
    ])

    /// `bytes` as a `String`: a ready one when they spell an entry, else a new one.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        for entry in entries where entry.bytes.count == bytes.count {
            let same = entry.bytes.withUnsafeBufferPointer { stored in
                guard let a = stored.baseAddress, let b = bytes.baseAddress else { return bytes.isEmpty }
                return memcmp(a, b, bytes.count) == 0
            }
            if same { return entry.text }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
