#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

/// Reads `INTERLEAVE_*` settings for containers; a command-line flag always wins.
struct Environment {
    private let values: [String: String]

    /// Snapshots the process environment.
    init() {
        var values: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                values[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        self.values = values
    }

    /// Uses an explicit set of variables (tests).
    init(_ values: [String: String]) { self.values = values }

    /// The raw value of `name`, if set and not empty.
    subscript(name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// `flag` if given, else the parsed `name` variable, else `fallback`.
    func resolve<T>(_ flag: T?, _ name: String, default fallback: T, expected: String, parse: (String) -> T?) throws -> T {
        if let flag { return flag }
        guard let text = self[name] else { return fallback }
        guard let value = parse(text) else {
            throw ValidationError("environment variable \(name)=\"\(text)\" is not valid; expected \(expected)")
        }
        return value
    }

    /// An integer setting (flag, else `name`, else `fallback`).
    func integer(_ flag: Int?, _ name: String, default fallback: Int) throws -> Int {
        try resolve(flag, name, default: fallback, expected: "a whole number") { Int($0) }
    }

    /// A string setting (flag, else `name`, else `fallback`).
    func string(_ flag: String?, _ name: String, default fallback: String) throws -> String {
        try resolve(flag, name, default: fallback, expected: "a string") { $0 }
    }

    /// A boolean switch: the flag if set, else `name` as `1/true/yes/on` or `0/false/no/off`.
    func bool(_ flag: Bool, _ name: String) throws -> Bool {
        if flag { return true }
        return try resolve(nil, name, default: false, expected: "1, 0, true, false, yes, no, on or off") { text in
            switch text.lowercased() {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: return nil
            }
        }
    }

    /// A duration in (possibly fractional) seconds.
    func seconds(_ flag: Double?, flagName: String, _ name: String, default fallback: Duration) throws -> Duration {
        if let flag { return try Self.duration(flag, name: flagName) }
        return try resolve(nil, name, default: fallback, expected: "a number of seconds") { text in
            Double(text).flatMap { try? Self.duration($0, name: name) }
        }
    }

    /// `seconds` as a `Duration`, refusing negatives, NaN and absurd values.
    static func duration(_ seconds: Double, name: String) throws -> Duration {
        guard seconds.isFinite, seconds >= 0, seconds <= 86_400 * 365 else {
            throw ValidationError("\(name) must be a number of seconds between 0 and one year, got \(seconds)")
        }
        return .nanoseconds(Int64(seconds * 1_000_000_000))
    }
}

/// Writes `message` and a newline to stderr.
func printError(_ message: String) {
    var line = message
    line += "\n"
    _ = line.withCString { fputs($0, stderr) }
}
