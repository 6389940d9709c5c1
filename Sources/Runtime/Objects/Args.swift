/// The arguments of a call into a builtin: positional values plus keyword
/// (name, value) pairs in call order.
public struct Args {
    /// Positional arguments (for builtin methods, `self` first).
    public var positional: [Value]
    /// Keyword arguments in call order.
    public var keywords: [(name: String, value: Value)]

    /// Creates an argument list.
    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// Number of positional arguments.
    @inline(__always) public var count: Int { positional.count }

    /// Positional argument `i`; `None` past the end, so a builtin method
    /// called unbound without its receiver (`dict.keys()`) fails in its
    /// receiver check instead of trapping.
    @inline(__always) public subscript(_ i: Int) -> Value { i < positional.count ? positional[i] : .none }

    /// The keyword argument `name`, if passed.
    public func keyword(_ name: String) -> Value? {
        for k in keywords where k.name == name { return k.value }
        return nil
    }

    /// `name` prefixed with the builtin type of the receiver (`str.find`), as
    /// CPython 3.11 names a method of a builtin type in its "takes no keyword
    /// arguments" errors; a name that is already qualified, or a receiver that
    /// is a class (classmethods), is left as it is.
    public func qualifiedMethodName(_ name: String) -> String {
        guard !name.contains("."), let receiver = positional.first else { return name }
        if case .object(let o) = receiver, o is PyType { return name }
        let type = receiver.type
        guard let base = type.isBuiltin ? type : type.mro.first(where: { $0.isBuiltin }),
              base !== BuiltinTypes.object else { return name }
        return "\(base.name).\(name)"
    }

    /// Argument `i` if present, else `nil`.
    public func optional(_ i: Int) -> Value? { i < positional.count ? positional[i] : nil }

    /// Enforces `min...max` positional arguments and no keywords, with
    /// CPython's wording for builtin functions (`len() takes exactly one argument (2 given)`).
    /// `skipSelf` is 1 for methods of builtin types (self is not counted).
    public func check(_ name: String, min: Int, max: Int, skipSelf: Int = 0) throws {
        if !keywords.isEmpty {
            let qualified = skipSelf == 1 ? qualifiedMethodName(name) : name
            throw PyError(BuiltinTypes.typeError, "\(qualified)() takes no keyword arguments")
        }
        if positional.count < skipSelf {
            throw PyError(BuiltinTypes.typeError, "unbound method \(name)() needs an argument")
        }
        let n = positional.count - skipSelf
        let lo = min - skipSelf, hi = max - skipSelf
        if n < lo || n > hi {
            let msg: String
            if lo == hi {
                if lo == 0 { msg = "\(name)() takes no arguments (\(n) given)" }
                else if lo == 1 { msg = "\(name)() takes exactly one argument (\(n) given)" }
                else { msg = "\(name) expected \(lo) arguments, got \(n)" }
            } else if n < lo {
                msg = "\(name) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(n)"
            } else {
                msg = "\(name) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(n)"
            }
            throw PyError(BuiltinTypes.typeError, msg)
        }
    }

    /// Binds arguments to a Python-style signature: `names` are the
    /// parameters in order, the first `required` must be given, positional
    /// arguments fill `names` from the left (at most `maxPositional`, default
    /// all), keywords fill by name. Returns one slot per name.
    public func bind(_ fname: String, _ names: [String], required: Int,
                     maxPositional: Int? = nil, skipSelf: Int = 0) throws -> [Value?] {
        var slots = [Value?].filled(with: nil, count: names.count)
        if positional.count < skipSelf {
            // A method called on its class without an instance (`str.split()`).
            throw PyError(BuiltinTypes.typeError, "unbound method \(fname)() needs an argument")
        }
        let pos = positional.count - skipSelf
        let maxPos = maxPositional ?? names.count
        if pos > maxPos {
            let plural = maxPos == 1 ? "" : "s"
            guard maxPos < names.count else {
                throw PyError(BuiltinTypes.typeError, "\(fname)() takes at most \(maxPos) argument\(plural) (\(pos) given)")
            }
            // Keyword-only parameters follow: Argument Clinic's wording.
            let message = maxPos == 0 ? "\(fname)() takes no positional arguments"
                : maxPos == required ? "\(fname)() takes exactly \(maxPos) positional argument\(plural) (\(pos) given)"
                : "\(fname)() takes at most \(maxPos) positional argument\(plural) (\(pos) given)"
            throw PyError(BuiltinTypes.typeError, message)
        }
        for i in 0..<pos { slots[i] = positional[i + skipSelf] }
        for (k, v) in keywords {
            guard let idx = names.firstIndex(of: k) else {
                throw PyError(BuiltinTypes.typeError, "\(fname)() got an unexpected keyword argument '\(k)'")
            }
            if slots[idx] != nil {
                throw PyError(BuiltinTypes.typeError,
                              "argument for \(fname)() given by name ('\(k)') and position (\(idx + 1))")
            }
            slots[idx] = v
        }
        for i in 0..<required where slots[i] == nil {
            throw PyError(BuiltinTypes.typeError,
                          "\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return slots
    }
}
