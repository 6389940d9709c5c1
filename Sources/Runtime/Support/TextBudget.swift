/// The memory budget of the program running on this thread, as seen by
/// Support's text algorithms: a long result (a padded field, an escaped
/// repr, a decoded buffer) is reserved here *before* its code points are
/// allocated, so one operation cannot take the heap past the memory limit
/// before the interpreter next looks at it (`'%60000000s' % 'a'` peaked
/// at 600 MB under a 64 MB limit, and ran for seconds past the wall limit).
///
/// The interpreter of a run installs its charge (`install(owner:reserve:)`,
/// `ScenarioRunner`); once that interpreter is gone (a later run on the same
/// worker thread) only `SupportLimits.maximumStringLength` applies. The
/// charge throws the interpreter's memory limit, which Support functions
/// pass through untouched (they only ever catch their own `PyFailure`s).
public enum TextBudget {
    /// Results shorter than this are not reserved (the interpreter's
    /// periodic heap checks cover them).
    public static let threshold = 1 << 14

    private final class Setting {
        weak var owner: AnyObject?
        let reserve: (Int) throws -> Void
        init(owner: AnyObject, reserve: @escaping (_ bytes: Int) throws -> Void) {
            self.owner = owner
            self.reserve = reserve
        }
    }

    private static let slot = ThreadLocalSlot<Setting>()

    /// Makes `reserve(bytes)` the charge for this thread's long texts
    /// while `owner` (the run's interpreter) lives.
    public static func install(owner: AnyObject, reserve: @escaping (_ bytes: Int) throws -> Void) {
        slot.value = Setting(owner: owner, reserve: reserve)
    }

    /// Reserves `scalars` code points (4 bytes each while they are built):
    /// throws `MemoryError` past `SupportLimits.maximumStringLength`, or the
    /// run's memory limit when they would not fit.
    public static func reserve(scalars: Int) throws {
        try SupportLimits.check(length: scalars)
    }

    /// Reserves `bytes` of text built directly as UTF-8 (a decoded
    /// buffer, an escaped repr): the run's memory limit when they would
    /// not fit.
    public static func reserve(bytes: Int) throws {
        guard bytes >= threshold, let setting = slot.value, setting.owner != nil else { return }
        try setting.reserve(bytes)
    }

    /// The installed charge for `scalars` code points, for `SupportLimits.check`.
    static func charge(_ scalars: Int) throws {
        guard scalars >= threshold / 4 else { return }
        let (bytes, overflow) = scalars.multipliedReportingOverflow(by: 4)
        try reserve(bytes: overflow ? Int.max : bytes)
    }
}
