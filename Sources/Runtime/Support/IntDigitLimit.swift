/// The decimal-conversion digit limit in force for the program running on
/// this thread: `sys.set_int_max_str_digits(n)` records `n` here with its
/// interpreter as owner; once that interpreter is gone (a later run on the
/// same worker thread) the default applies again. `str(n)`, `int(s)` and
/// the `%d`/`format` paths read it through their default arguments.
public enum IntDigitLimit {
    private final class Setting {
        weak var owner: AnyObject?
        let value: Int
        init(owner: AnyObject, value: Int) {
            self.owner = owner
            self.value = value
        }
    }

    private static let slot = ThreadLocalSlot<Setting>()

    /// The limit for this thread's program (0: no limit).
    public static var current: Int {
        guard let setting = slot.value, setting.owner != nil else { return IntToString.defaultMaxDigits }
        return setting.value
    }

    /// Records `value` for the program of `owner` (its interpreter).
    static func set(_ value: Int, owner: AnyObject) {
        slot.value = Setting(owner: owner, value: value)
    }
}
