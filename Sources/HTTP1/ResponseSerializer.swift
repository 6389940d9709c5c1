/// Turns an ``HTTPResponse`` into the bytes of an HTTP/1.1 response message.
enum ResponseSerializer {
    /// The `Server` header value.
    static let serverName = "interleave"

    /// How the connection frames this particular response.
    struct Framing {
        /// The request was `HEAD`: announce the length, send no body.
        var isHeadRequest: Bool
        /// The connection closes after this response: send `Connection: close`.
        var close: Bool
        /// An HTTP/1.0 client asked for keep-alive and gets it: send `Connection: keep-alive`.
        var http10KeepAlive: Bool
    }

    /// The interim `100 Continue` response.
    static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Header fields the serializer owns; a handler's own values for them are dropped.
    private static func isManaged(_ name: String) -> Bool {
        for managed in managedNames where HTTPHeaders.namesMatch(name, managed) {
            return true
        }
        return false
    }

    /// Whether a field may be written as is: a token name, a value without
    /// CR, LF or NUL, and not a field the serializer writes itself.
    static func isWireReady(name: String, value: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy(HTTPSyntax.isTokenChar)
            && value.utf8.allSatisfy(HTTPSyntax.isFieldValueChar) && !isManaged(name)
    }

    private static let managedNames = ["Date", "Server", "Content-Length", "Connection", "Transfer-Encoding", "Keep-Alive"]

    /// Appends `value` (non-negative) in decimal, without building a `String`:
    /// counts the digits, then fills them in from the right.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var digits = 1, scale = 10
        while digits < 19, value >= scale { digits += 1; scale &*= 10 }
        let start = out.count
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        var rest = max(0, value), index = start + digits - 1
        while index >= start {
            out[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// The status line of almost every response.
    private static let okStatusLine = Array("HTTP/1.1 200 OK\r\n".utf8)

    /// The full message: ``head(_:framing:date:)`` then the body unless the framing forbids it.
    static func serialize(_ response: HTTPResponse, framing: Framing, date: String) -> [UInt8] {
        var out = head(response, framing: framing, date: date)
        if sendsBody(response, framing: framing) { out.append(contentsOf: response.body) }
        return out
    }

    /// Whether the body goes on the wire (not for `HEAD`, `1xx`, `204`, `304`).
    static func sendsBody(_ response: HTTPResponse, framing: Framing) -> Bool {
        !response.status.forbidsBody && !framing.isHeadRequest
    }

    /// The status line and headers (with `Date`, `Server`, `Content-Length`
    /// and `Connection` as needed) and the blank line; the body is sent from
    /// its own buffer. Fields whose name is not a token or whose value holds
    /// CR, LF or NUL are dropped, so a handler can never split a response.
    static func head(_ response: HTTPResponse, framing: Framing, date: String) -> [UInt8] {
        var out: [UInt8] = []
        writeHead(response, framing: framing, fixedLines: fixedLines(date: date), into: &out)
        return out
    }

    /// `Date: <date>` and `Server: interleave` header lines.
    static func fixedLines(date: String) -> [UInt8] {
        Array("Date: \(date)\r\nServer: \(serverName)\r\n".utf8)
    }

    /// ``head(_:framing:date:)`` appended to `out` (a buffer the caller reuses),
    /// with the `Date`/`Server` lines given as ready bytes (``fixedLines(date:)``).
    static func writeHead(_ response: HTTPResponse, framing: Framing, fixedLines: [UInt8], into out: inout [UInt8]) {
        let status = response.status
        out.reserveCapacity(out.count + 192 + response.headers.count * 40)
        func line(_ name: String, _ value: String, into out: inout [UInt8]) {
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: value.utf8)
            out.append(HTTPSyntax.cr); out.append(HTTPSyntax.lf)
        }
        if status.code == 200 && status.reasonPhrase == "OK" {
            out.append(contentsOf: okStatusLine)
        } else {
            out.append(contentsOf: "HTTP/1.1 ".utf8)
            appendDecimal(max(0, status.code), to: &out)
            out.append(HTTPSyntax.space)
            if status.reasonPhrase.utf8.allSatisfy(HTTPSyntax.isFieldValueChar) { out.append(contentsOf: status.reasonPhrase.utf8) }
            out.append(HTTPSyntax.cr); out.append(HTTPSyntax.lf)
        }
        out.append(contentsOf: fixedLines)
        if response.headers.fieldsAreWireReady {
            // Checked and formatted as they were added (``HTTPHeaders/wireLines``).
            out.append(contentsOf: response.headers.wireLines)
        } else {
            for field in response.headers where isWireReady(name: field.name, value: field.value) {
                line(field.name, field.value, into: &out)
            }
        }
        if !status.forbidsBody {
            out.append(contentsOf: "Content-Length: ".utf8)
            appendDecimal(response.body.count, to: &out)
            out.append(HTTPSyntax.cr); out.append(HTTPSyntax.lf)
        }
        if framing.close {
            line("Connection", "close", into: &out)
        } else if framing.http10KeepAlive {
            line("Connection", "keep-alive", into: &out)
        }
        out.append(HTTPSyntax.cr); out.append(HTTPSyntax.lf)
    }
}
