@testable import HTTP1

/// How a test splits its input before feeding it to the parser.
enum Split: String, CaseIterable, CustomStringConvertible {
    case whole, byteByByte, threes, halves
    var description: String { rawValue }

    func chunks(_ bytes: [UInt8]) -> [[UInt8]] {
        switch self {
        case .whole: return [bytes]
        case .byteByByte: return bytes.map { [$0] }
        case .threes: return stride(from: 0, to: bytes.count, by: 3).map { Array(bytes[$0..<min($0 + 3, bytes.count)]) }
        case .halves:
            let middle = bytes.count / 2
            return [Array(bytes[..<middle]), Array(bytes[middle...])]
        }
    }
}

/// The outcome of feeding raw bytes to a fresh parser.
struct ParseOutcome {
    var heads: [HTTPRequestHead] = []
    var requests: [HTTPRequest] = []
    var error: HTTPParseError?
}

/// Feeds `raw` to a parser in the given split, draining events after every chunk.
func parse(_ raw: String, split: Split = .whole, configuration: HTTP1Configuration = HTTP1Configuration()) -> ParseOutcome {
    parse(bytes: Array(raw.utf8), split: split, configuration: configuration)
}

/// Byte-level variant of ``parse(_:split:configuration:)``.
func parse(bytes: [UInt8], split: Split = .whole, configuration: HTTP1Configuration = HTTP1Configuration()) -> ParseOutcome {
    var parser = RequestParser(configuration: configuration)
    var outcome = ParseOutcome()
    for chunk in split.chunks(bytes) {
        parser.append(chunk)
        do {
            while let event = try parser.next() {
                switch event {
                case .head(let head): outcome.heads.append(head)
                case .request(let request): outcome.requests.append(request)
                }
            }
        } catch {
            outcome.error = error
            return outcome
        }
    }
    return outcome
}

/// The writes of an action list, concatenated, as text.
func writtenText(_ actions: [ConnectionStateMachine.Action]) -> String {
    var bytes: [UInt8] = []
    for case .write(let chunk) in actions { bytes += chunk }
    return String(decoding: bytes, as: UTF8.self)
}

/// The delivered requests of an action list with their sequence numbers.
func delivered(_ actions: [ConnectionStateMachine.Action]) -> [(HTTPRequest, UInt64)] {
    actions.compactMap { action in
        if case .deliver(let request, let sequence) = action { return (request, sequence) }
        return nil
    }
}

/// Splits serialized responses into (status line, headers, body) triples, honouring Content-Length
/// (and no body for `noBody` responses such as HEAD).
func splitResponses(_ text: String, headRequests: Set<Int> = []) -> [(status: String, headers: HTTPHeaders, body: String)] {
    var result: [(String, HTTPHeaders, String)] = []
    var rest = Substring(text)
    while !rest.isEmpty {
        guard let end = rest.firstRange(of: "\r\n\r\n") else { break }
        let headLines = rest[..<end.lowerBound].split(separator: "\r\n", omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for line in headLines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers.add(name: String(parts[0]), value: HTTPSyntax.trimmed(parts[1])) }
        }
        rest = rest[end.upperBound...]
        let status = String(headLines.first ?? "")
        var length = Int(headers["Content-Length"] ?? "0") ?? 0
        if headRequests.contains(result.count) || status.hasPrefix("HTTP/1.1 100") { length = 0 }
        let bodyEnd = rest.utf8.index(rest.startIndex, offsetBy: min(length, rest.utf8.count))
        result.append((status, headers, String(rest[..<bodyEnd])))
        rest = rest[bodyEnd...]
    }
    return result
}
