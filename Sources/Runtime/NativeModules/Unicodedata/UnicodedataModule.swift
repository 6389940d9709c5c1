import Foundation

/// `unicodedata` over Swift's Unicode properties, seen as CPython 3.11's
/// Unicode 14.0 database: code points assigned later read as unassigned
/// (category 'Cn', no name), as `PyUnicode.isAssigned` decides for `str`.
/// Offers category, name, lookup, decimal/digit/numeric, combining,
/// mirrored, normalize/is_normalized (Foundation's normalization forms) and
/// `unidata_version`; the properties Swift does not expose (bidirectional,
/// east_asian_width, decomposition) are absent rather than approximated.
enum UnicodedataModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("unicodedata", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "unicodedata")
        m.add("unidata_version", .str("14.0.0"))
        m.addFunction("category") { _, a in
            try a.check("category", min: 1, max: 1)
            let c = try character(a[0], "category")
            return .str(PyUnicode.isAssigned(c) ? categoryCode(c.properties.generalCategory) : "Cn")
        }
        m.addFunction("name") { _, a in
            try a.check("name", min: 1, max: 2)
            let c = try character(a[0], "name")
            if PyUnicode.isAssigned(c), let name = c.properties.name {
                return .str(name)
            }
            if a.count == 2 { return a[1] }
            throw PyError.valueError("no such name")
        }
        m.addFunction("lookup") { vm, a in
            try a.check("lookup", min: 1, max: 1)
            guard let wanted = a[0].stringValue else {
                throw PyError.typeError("lookup() argument must be str, not \(a[0].type.name)")
            }
            guard let c = NameIndex.scalar(named: wanted.uppercased()) else {
                throw PyError.keyError(.str("undefined character name '\(wanted)'"))
            }
            return try vm.newStr(String(Character(c)))
        }
        m.addFunction("decimal") { _, a in
            try a.check("decimal", min: 1, max: 2)
            let c = try character(a[0], "decimal")
            if let d = PyUnicode.decimalValue(c) { return .int(d) }
            if a.count == 2 { return a[1] }
            throw PyError.valueError("not a decimal")
        }
        m.addFunction("digit") { _, a in
            try a.check("digit", min: 1, max: 2)
            let c = try character(a[0], "digit")
            let p = c.properties
            if PyUnicode.isAssigned(c), p.numericType == .decimal || p.numericType == .digit,
               let v = p.numericValue { return .int(Int(v)) }
            if a.count == 2 { return a[1] }
            throw PyError.valueError("not a digit")
        }
        m.addFunction("numeric") { _, a in
            try a.check("numeric", min: 1, max: 2)
            let c = try character(a[0], "numeric")
            if PyUnicode.isAssigned(c), let v = c.properties.numericValue { return .float(v) }
            if a.count == 2 { return a[1] }
            throw PyError.valueError("not a numeric character")
        }
        m.addFunction("combining") { _, a in
            try a.check("combining", min: 1, max: 1)
            let c = try character(a[0], "combining")
            return .int(PyUnicode.isAssigned(c) ? Int(c.properties.canonicalCombiningClass.rawValue) : 0)
        }
        m.addFunction("mirrored") { _, a in
            try a.check("mirrored", min: 1, max: 1)
            let c = try character(a[0], "mirrored")
            return .int(PyUnicode.isAssigned(c) && c.properties.isBidiMirrored ? 1 : 0)
        }
        m.addFunction("normalize") { vm, a in
            try a.check("normalize", min: 2, max: 2)
            let (form, text) = try normalizationArguments(a, "normalize")
            return try vm.newStr(PiecewiseNormalization.normalize(text, form, vm: vm))
        }
        m.addFunction("is_normalized") { vm, a in
            try a.check("is_normalized", min: 2, max: 2)
            let (form, text) = try normalizationArguments(a, "is_normalized")
            let result = try PiecewiseNormalization.normalize(text, form, vm: vm)
            return .bool(result.unicodeScalars.elementsEqual(text.unicodeScalars))
        }
        return m
    }

    /// The one code point of a length-1 str argument, with CPython's TypeError.
    static func character(_ v: Value, _ function: String) throws -> Unicode.Scalar {
        guard let s = v.asStr else {
            throw PyError.typeError("\(function)() argument 1 must be a unicode character, not \(v.type.name)")
        }
        guard s.count == 1, let c = s.value.unicodeScalars.first else {
            throw PyError.typeError("\(function)() argument 1 must be a unicode character, not str")
        }
        return c
    }

    static func normalizationArguments(_ a: Args, _ function: String) throws -> (String, String) {
        guard let form = a[0].stringValue else {
            throw PyError.typeError("\(function)() argument 1 must be str, not \(a[0].type.name)")
        }
        guard let text = a[1].stringValue else {
            throw PyError.typeError("\(function)() argument 2 must be str, not \(a[1].type.name)")
        }
        guard ["NFC", "NFD", "NFKC", "NFKD"].contains(form) else {
            throw PyError.valueError("invalid normalization form")
        }
        return (form, text)
    }

    static func normalized(_ text: String, _ form: String) -> String {
        let s = text as NSString
        switch form {
        case "NFC": return s.precomposedStringWithCanonicalMapping
        case "NFD": return s.decomposedStringWithCanonicalMapping
        case "NFKC": return s.precomposedStringWithCompatibilityMapping
        default: return s.decomposedStringWithCompatibilityMapping
        }
    }

    /// The two-letter general category code.
    static func categoryCode(_ c: Unicode.GeneralCategory) -> String {
        switch c {
        case .uppercaseLetter: return "Lu"
        case .lowercaseLetter: return "Ll"
        case .titlecaseLetter: return "Lt"
        case .modifierLetter: return "Lm"
        case .otherLetter: return "Lo"
        case .nonspacingMark: return "Mn"
        case .spacingMark: return "Mc"
        case .enclosingMark: return "Me"
        case .decimalNumber: return "Nd"
        case .letterNumber: return "Nl"
        case .otherNumber: return "No"
        case .connectorPunctuation: return "Pc"
        case .dashPunctuation: return "Pd"
        case .openPunctuation: return "Ps"
        case .closePunctuation: return "Pe"
        case .initialPunctuation: return "Pi"
        case .finalPunctuation: return "Pf"
        case .otherPunctuation: return "Po"
        case .mathSymbol: return "Sm"
        case .currencySymbol: return "Sc"
        case .modifierSymbol: return "Sk"
        case .otherSymbol: return "So"
        case .spaceSeparator: return "Zs"
        case .lineSeparator: return "Zl"
        case .paragraphSeparator: return "Zp"
        case .control: return "Cc"
        case .format: return "Cf"
        case .surrogate: return "Cs"
        case .privateUse: return "Co"
        case .unassigned: return "Cn"
        @unknown default: return "Cn"
        }
    }

    /// Character names to code points, built once per process on the first
    /// `lookup` (a scan of every assigned code point's name).
    enum NameIndex {
        private static let table: [String: Unicode.Scalar] = {
            var t: [String: Unicode.Scalar] = [:]
            for v in UInt32(0)...0x10FFFF {
                guard let c = Unicode.Scalar(v), PyUnicode.isAssigned(c), let name = c.properties.name else { continue }
                t[name] = c
            }
            return t
        }()

        static func scalar(named name: String) -> Unicode.Scalar? { table[name] }
    }
}
