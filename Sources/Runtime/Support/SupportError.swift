/// Errors raised by the CPython-compatible support algorithms.
///
/// Each case names the Python exception class the VM should raise; the
/// message is CPython 3.11's wording, so `str(exc)` matches byte for byte.
public struct PyFailure: Error, Equatable, CustomStringConvertible {
    /// The Python exception class a failure maps to.
    public enum Kind: String, Equatable, Sendable {
        case valueError = "ValueError"
        case overflowError = "OverflowError"
        case zeroDivisionError = "ZeroDivisionError"
        case typeError = "TypeError"
        case indexError = "IndexError"
        case memoryError = "MemoryError"
    }

    /// Which Python exception to raise.
    public var kind: Kind
    /// CPython's message text (what `str(exc)` prints).
    public var message: String

    /// Creates a failure of `kind` carrying CPython's `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A `ValueError` with `message`.
    public static func value(_ message: String) -> PyFailure { PyFailure(.valueError, message) }
    /// An `OverflowError` with `message`.
    public static func overflow(_ message: String) -> PyFailure { PyFailure(.overflowError, message) }
    /// A `ZeroDivisionError` with `message`.
    public static func zeroDivision(_ message: String) -> PyFailure { PyFailure(.zeroDivisionError, message) }
    /// A `TypeError` with `message`.
    public static func type(_ message: String) -> PyFailure { PyFailure(.typeError, message) }

    /// `Kind: message`, the last line of a CPython traceback.
    public var description: String { "\(kind.rawValue): \(message)" }
}
