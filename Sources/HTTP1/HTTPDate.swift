#if canImport(Glibc)
import Glibc
#endif

/// The `Date` header value (IMF-fixdate, RFC 9110 §5.6.7), formatted at most once per second.
struct HTTPDateCache {
    private var cachedSecond: Int = .min
    private var cachedValue = ""
    private var cachedLines: [UInt8] = []

    /// The current wall-clock time as `Sun, 06 Nov 1994 08:49:37 GMT`.
    mutating func current() -> String {
        let now = Int(time(nil))
        if now != cachedSecond {
            cachedSecond = now
            cachedValue = Self.format(epochSeconds: now)
            cachedLines = ResponseSerializer.fixedLines(date: cachedValue)
        }
        return cachedValue
    }

    /// The `Date` and `Server` header lines every response starts with, as
    /// bytes rebuilt once a second (one copy per response instead of four appends).
    mutating func currentFixedLines() -> [UInt8] {
        _ = current()
        return cachedLines
    }

    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Formats seconds since the Unix epoch as an IMF-fixdate in GMT.
    static func format(epochSeconds: Int) -> String {
        var seconds = time_t(epochSeconds)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil,
              days.indices.contains(Int(parts.tm_wday)), months.indices.contains(Int(parts.tm_mon)) else {
            return "Thu, 01 Jan 1970 00:00:00 GMT"
        }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
