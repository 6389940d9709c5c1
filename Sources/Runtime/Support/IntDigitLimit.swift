/// The decimal-conversion digit limit in force for the program running on
/// this thread: `sys.set_int_max_str_digits(n)` records `n` here with its
/// interpreter as owner; once that interpreter is gone (a later run on the
/// same worker thread) the default applies again. `str(n)`, `int(s)` and
/// the `%d`/`format` paths read it through their default arguments.
public enum IntDigitLimit {
    private final class Setting {
        weak var owner: AnyObject?
        let value: Int
        let progress: (Int) throws -> Void
        init(owner: AnyObject, value: Int, progress: @escaping (Int) throws -> Void) {
            self.owner = owner
            self.value = value
            self.progress = progress
        }
    }

    private static let slot = ThreadLocalSlot<Setting>()

    /// The limit for this thread's program (0: no limit).
    public static var current: Int {
        guard let setting = slot.value, setting.owner != nil else { return IntToString.defaultMaxDigits }
        return setting.value
    }

    /// Records `value` for the program of `owner` (its interpreter), with
    /// the check its conversions of numbers past the default limit run as
    /// they go (`progress(words)`, the interpreter's native-work count: a
    /// raised limit lets one `str(n)` convert millions of digits).
    static func set(_ value: Int, owner: AnyObject, progress: @escaping (Int) throws -> Void) {
        slot.value = Setting(owner: owner, value: value, progress: progress)
    }

    /// Reports `words` of conversion work to the program that raised the
    /// limit (nothing under the default limit, which keeps every
    /// conversion small).
    public static func progress(_ words: Int) throws {
        guard let setting = slot.value, setting.owner != nil else { return }
        try setting.progress(words)
    }
}
