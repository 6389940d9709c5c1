/// CPython's `_Py_Mangle`: inside class `C`, the private name `__x` is
/// `_C__x`. Dunder names (`__x__`), dotted names and classes whose name is
/// all underscores are left alone. The compiler mangles identifiers and
/// attribute names with it; class creation mangles `__slots__` entries.
public enum PrivateNames {
    /// `name` as written inside the body of class `className`.
    public static func mangle(_ name: String, className: String?) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains("."), let cls = className else { return name }
        let stripped = cls.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_" + stripped + name
    }
}
