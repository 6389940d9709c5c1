/// Reads the program tuples of Lib/_re_compiler.py into `RegexOp`s.
/// The opcode numbers are the compiler's constants.
struct RegexTranslator {
    let vm: Interpreter

    func program(_ v: Value) throws -> [RegexOp] {
        try vm.toArray(v).map(op)
    }

    private func items(_ v: Value) throws -> [Value] {
        guard let t = v.object as? PyTuple else { throw PyError.valueError("regex program item is not a tuple") }
        return t.items
    }

    private func int(_ v: Value) throws -> Int { try vm.indexInt(v) }

    private func scalar(_ v: Value) throws -> Unicode.Scalar {
        guard let s = v.asStr, s.scalars.count == 1 else { throw PyError.valueError("expected one character") }
        return s.scalars[0]
    }

    private func op(_ v: Value) throws -> RegexOp {
        let t = try items(v)
        guard let code = t.first?.intValue else { throw PyError.valueError("regex opcode missing") }
        func arg(_ i: Int) throws -> Value {
            guard i < t.count else { throw PyError.valueError("regex opcode \(code) lacks operand \(i)") }
            return t[i]
        }
        switch code {
        case 0: return try .test(.literal(try scalar(arg(1))))
        case 1: return try .test(.literalIgnoringCase(try lowered(arg(1))))
        case 2: return try .test(.any(dotAll: vm.isTruthy(try arg(1))))
        case 3: return try .test(.set(try charSet(arg(1))))
        case 4: return try .split(preferred: try int(arg(1)), other: try int(arg(2)))
        case 5: return try .jump(try int(arg(1)))
        case 6, 11: return try .save(try int(arg(1)))
        case 7: return try .anchor(try anchor(arg(1)), multiline: vm.isTruthy(try arg(2)), ascii: vm.isTruthy(try arg(3)))
        case 8: return try .backref(group: try int(arg(1)), ignoreCase: vm.isTruthy(try arg(2)))
        case 9:
            let width = try arg(4)
            return try .look(ahead: vm.isTruthy(try arg(1)), negated: vm.isTruthy(try arg(2)),
                         program: try program(arg(3)), width: width.isNone ? 0 : try int(width))
        case 10: return try .atomic(try program(arg(1)))
        case 12: return try .check(register: try int(arg(1)), exit: try int(arg(2)))
        case 13: return try .match
        case 14: return try .test(.category(try category(arg(1)), ascii: vm.isTruthy(try arg(2))))
        case 15:
            return try .repeatOne(try charTest(arg(1)), min: try int(arg(2)), max: try int(arg(3)),
                              greedy: vm.isTruthy(try arg(4)))
        case 16: return try .groupExists(group: try int(arg(1)), no: try int(arg(2)))
        default: throw PyError.valueError("unknown regex opcode \(code)")
        }
    }

    private func lowered(_ v: Value) throws -> [Unicode.Scalar] {
        guard let s = v.asStr else { throw PyError.valueError("expected a str") }
        return s.scalars
    }

    private func category(_ v: Value) throws -> RegexCategory {
        guard let name = v.stringValue, let c = RegexCategory(name) else {
            throw PyError.valueError("unknown regex category")
        }
        return c
    }

    private func anchor(_ v: Value) throws -> RegexAnchor {
        switch v.stringValue {
        case "bol": return try .lineStart
        case "eol": return try .lineEnd
        case "start": return try .start
        case "end": return try .end
        case "boundary": return try .boundary
        case "nonboundary": return try .nonBoundary
        default: throw PyError.valueError("unknown regex anchor")
        }
    }

    /// A matcher tuple (`('lit', c)`, `('liti', c)`, `('any', dotall)`,
    /// `('cat', name, ascii)`, `('set', charset)`).
    func charTest(_ v: Value) throws -> RegexCharTest {
        let t = try items(v)
        guard t.count >= 2, let kind = t[0].stringValue else { throw PyError.valueError("bad regex matcher") }
        switch kind {
        case "lit": return try .literal(try scalar(t[1]))
        case "liti": return try .literalIgnoringCase(try lowered(t[1]))
        case "any": return try .any(dotAll: vm.isTruthy(t[1]))
        case "cat":
            guard t.count >= 3 else { throw PyError.valueError("bad regex matcher") }
            return try .category(category(t[1]), ascii: vm.isTruthy(t[2]))
        case "set": return try .set(try charSet(t[1]))
        default: throw PyError.valueError("unknown regex matcher \(kind)")
        }
    }

    /// A `CharSet` instance of Lib/_re_compiler.py.
    private func charSet(_ v: Value) throws -> RegexCharSet {
        func attr(_ name: String) throws -> Value { try vm.getAttribute(v, name) }
        var chars = Set<Unicode.Scalar>()
        for c in try vm.toArray(attr("chars")) {
            guard let s = c.asStr else { throw PyError.valueError("bad regex class member") }
            // A member of more than one character never equals one character.
            if s.scalars.count == 1 { chars.insert(s.scalars[0]) }
        }
        var ranges: [(UInt32, UInt32)] = []
        for r in try vm.toArray(attr("ranges")) {
            let pair = try items(r)
            guard pair.count == 2 else { throw PyError.valueError("bad regex range") }
            let lo = try int(pair[0]), hi = try int(pair[1])
            guard lo >= 0, hi >= 0 else { throw PyError.valueError("bad regex range") }
            ranges.append((UInt32(clamping: lo), UInt32(clamping: hi)))
        }
        let categories = try vm.toArray(attr("cats")).map(category)
        return try RegexCharSet(negated: vm.isTruthy(try attr("negated")), chars: chars, ranges: ranges,
                            categories: categories, ignoreCase: vm.isTruthy(try attr("ignorecase")),
                            ascii: vm.isTruthy(try attr("ascii")))
    }
}
