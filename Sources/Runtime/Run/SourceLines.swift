/// A program's source split into the lines that tracebacks, warnings and
/// `inspect` quote, as CPython reads a source file (universal newlines):
/// "\n" and "\r\n" both end a line. In Swift "\r\n" is one Character, so
/// `split(separator: "\n")` would leave a CRLF file as one long line.
enum SourceLines {
    static func split(_ source: String) -> [String] {
        source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
    }
}
