/// `str % args` (printf-style formatting), built on Support's format-spec
/// implementation for the numeric conversions.
struct PercentFormatter {
    let vm: Interpreter

    func format(_ fmt: String, _ args: Value) throws -> String {
        let chars = Array(fmt.unicodeScalars)
        var items: [Value]
        var mapping: Value?
        if case .object(let o) = args, let t = o as? PyTuple, o.type.isBuiltin { items = t.items }
        else { items = [args] }
        if case .object(let o) = args, o is PyDict || (!o.type.isBuiltin && o.type.lookupUser(Names.getitem) != nil),
           !(o is PyTuple), !(o is PyStr) { mapping = args }
        var next = 0
        var out = String.UnicodeScalarView()
        var i = 0
        func take() throws -> Value {
            if next >= items.count { throw PyError.typeError("not enough arguments for format string") }
            next += 1
            return items[next - 1]
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" { out.append(c); i += 1; continue }
            i += 1
            guard i < chars.count else { throw PyError.valueError("incomplete format") }
            var key: Value?
            if chars[i] == "(" {
                var depth = 1; var j = i + 1; var name = String.UnicodeScalarView()
                while j < chars.count && depth > 0 {
                    if chars[j] == "(" { depth += 1 } else if chars[j] == ")" { depth -= 1; if depth == 0 { break } }
                    name.append(chars[j]); j += 1
                }
                guard let m = mapping else { throw PyError.typeError("format requires a mapping") }
                key = try vm.getItem(m, .str(String(name)))
                i = j + 1
            }
            var flags = Set<Unicode.Scalar>()
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) { flags.insert(chars[i]); i += 1 }
            var width = ""
            if i < chars.count, chars[i] == "*" { width = String(try vm.str(take())); i += 1 }
            while i < chars.count, ("0"..."9").contains(chars[i]) { width.unicodeScalars.append(chars[i]); i += 1 }
            var precision: String?
            if i < chars.count, chars[i] == "." {
                i += 1; var p = ""
                if i < chars.count, chars[i] == "*" { p = String(try vm.str(take())); i += 1 }
                while i < chars.count, ("0"..."9").contains(chars[i]) { p.unicodeScalars.append(chars[i]); i += 1 }
                precision = p.isEmpty ? "0" : p
            }
            guard i < chars.count else { throw PyError.valueError("incomplete format") }
            let conv = chars[i]; i += 1
            if conv == "%" { out.append("%"); continue }
            let arg = try key ?? take()
            var text: String
            switch conv {
            case "s", "r", "a":
                text = conv == "s" ? try vm.str(arg) : try vm.repr(arg)
                if let p = precision, let n = Int(p) { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(n))) }
                text = pad(text, width, flags.contains("-"))
            case "c":
                if let n = arg.intValue, let u = Unicode.Scalar(UInt32(max(0, n))) { text = String(Character(u)) }
                else { text = try vm.str(arg) }
                text = pad(text, width, flags.contains("-"))
            case "d", "i", "u", "x", "X", "o", "e", "E", "f", "F", "g", "G":
                var spec = ""
                if flags.contains("-") { spec += "<" }
                if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
                if flags.contains("#") { spec += "#" }
                if flags.contains("0") && !flags.contains("-") { spec += "0" }
                spec += width
                let isInt = "diuxXo".unicodeScalars.contains(conv)
                if let p = precision, !isInt { spec += "." + p }
                let t = conv == "i" || conv == "u" ? "d" : String(conv)
                do {
                    if isInt {
                        var n = arg
                        if case .float = arg { n = try vm.intConstruct(arg, base: nil) }
                        guard let b = n.bigIntValue else {
                            throw PyError.typeError("%\(conv) format: a real number is required, not \(arg.type.name)")
                        }
                        text = try PyFormat.format(b, spec: spec + t)
                        if let p = precision, let pn = Int(p), pn > 0 {
                            let neg = text.hasPrefix("-")
                            var digits = neg ? String(text.dropFirst()) : text
                            while digits.count < pn { digits = "0" + digits }
                            text = pad((neg ? "-" : "") + digits, width, flags.contains("-"))
                        }
                    } else {
                        text = try PyFormat.format(try vm.toDouble(arg), spec: spec + t)
                    }
                } catch let f as PyFailure { throw vm.pyError(from: f) }
            default:
                throw PyError.valueError("unsupported format character '\(conv)' (0x\(String(conv.value, radix: 16))) at index \(i - 1)")
            }
            out.append(contentsOf: text.unicodeScalars)
        }
        if mapping == nil && next < items.count {
            throw PyError.typeError("not all arguments converted during string formatting")
        }
        return String(out)
    }

    private func pad(_ s: String, _ width: String, _ left: Bool) -> String {
        guard let w = Int(width), s.unicodeScalars.count < w else { return s }
        let fill = String(repeating: " ", count: w - s.unicodeScalars.count)
        return left ? s + fill : fill + s
    }
}
