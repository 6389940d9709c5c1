/// Python source text of an expression, as CPython's `ast.unparse` writes
/// it. `from __future__ import annotations` stores annotations as these
/// strings (`'Node | None'`, `"dict[str, list[int]]"`, `'Callable[..., None]'`).
public enum Unparse {
    /// Operator precedence, lowest first (CPython's `ast._Precedence`).
    enum Precedence: Int, Comparable {
        case tuple, yield, test, or, and, not, cmp, bor, bxor, band, shift, arith, term, factor, power, await, atom
        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
        var next: Precedence { Precedence(rawValue: min(rawValue + 1, Precedence.atom.rawValue)) ?? .atom }
    }

    /// The source text of `e`.
    public static func expression(_ e: Expr) -> String { text(e, .test) }

    static func binary(_ op: Operator) -> (String, Precedence) {
        switch op {
        case .add: return ("+", .arith)
        case .sub: return ("-", .arith)
        case .mult: return ("*", .term)
        case .matMult: return ("@", .term)
        case .div: return ("/", .term)
        case .mod: return ("%", .term)
        case .floorDiv: return ("//", .term)
        case .pow: return ("**", .power)
        case .lShift: return ("<<", .shift)
        case .rShift: return (">>", .shift)
        case .bitOr: return ("|", .bor)
        case .bitXor: return ("^", .bxor)
        case .bitAnd: return ("&", .band)
        }
    }

    static func compare(_ op: CmpOperator) -> String {
        switch op {
        case .eq: return "=="
        case .notEq: return "!="
        case .lt: return "<"
        case .ltE: return "<="
        case .gt: return ">"
        case .gtE: return ">="
        case .is: return "is"
        case .isNot: return "is not"
        case .in: return "in"
        case .notIn: return "not in"
        }
    }

    static func constant(_ v: ConstantValue) -> String {
        switch v {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "..."
        case .int(let i): return String(i)
        case .bigInt(let digits): return digits
        case .float(let d): return PyRepr.float(d)
        case .imaginary(let d): return PyRepr.imaginary(d)
        case .str(let s): return PyRepr.str(s)
        case .bytes(let b): return PyRepr.bytes(b)
        }
    }

    static func paren(_ s: String, _ needed: Bool) -> String { needed ? "(" + s + ")" : s }

    static func text(_ e: Expr, _ level: Precedence) -> String {
        switch e.kind {
        case .name(let n):
            return n.id
        case .constant(let c):
            return constant(c.value)
        case .attribute(let a):
            var base = text(a.value, .atom)
            if case .constant(let c) = a.value.kind, case .int = c.value { base += " " }
            return base + "." + a.attr
        case .subscript(let s):
            let index: String
            if case .tuple(let t) = s.slice.kind, !t.elts.isEmpty {
                index = t.elts.map { text($0, .test) }.joined(separator: ", ") + (t.elts.count == 1 ? "," : "")
            } else {
                index = text(s.slice, .tuple)
            }
            return text(s.value, .atom) + "[" + index + "]"
        case .binOp(let b):
            let (symbol, p) = binary(b.op)
            let rightAssoc = b.op == .pow
            let left = text(b.left, rightAssoc ? p.next : p)
            let right = text(b.right, rightAssoc ? p : p.next)
            return paren(left + " " + symbol + " " + right, level > p)
        case .unaryOp(let u):
            switch u.op {
            case .not: return paren("not " + text(u.operand, .not), level > .not)
            case .invert: return paren("~" + text(u.operand, .factor), level > .factor)
            case .uAdd: return paren("+" + text(u.operand, .factor), level > .factor)
            case .uSub: return paren("-" + text(u.operand, .factor), level > .factor)
            }
        case .boolOp(let b):
            let p: Precedence = b.op == .and ? .and : .or
            let parts = b.values.map { text($0, p.next) }
            return paren(parts.joined(separator: b.op == .and ? " and " : " or "), level > p)
        case .compare(let c):
            var s = text(c.left, .cmp.next)
            for (op, right) in zip(c.ops, c.comparators) { s += " " + compare(op) + " " + text(right, .cmp.next) }
            return paren(s, level > .cmp)
        case .ifExp(let i):
            let s = text(i.body, .test.next) + " if " + text(i.test, .test.next) + " else " + text(i.orelse, .test)
            return paren(s, level > .test)
        case .tuple(let t):
            if t.elts.isEmpty { return "()" }
            let inner = t.elts.map { text($0, .test) }.joined(separator: ", ") + (t.elts.count == 1 ? "," : "")
            return paren(inner, level > .tuple)
        case .list(let l):
            return "[" + l.elts.map { text($0, .test) }.joined(separator: ", ") + "]"
        case .set(let s):
            return "{" + s.elts.map { text($0, .test) }.joined(separator: ", ") + "}"
        case .dict(let d):
            var items: [String] = []
            for (k, v) in zip(d.keys, d.values) {
                if let k { items.append(text(k, .test) + ": " + text(v, .test)) } else { items.append("**" + text(v, .bor)) }
            }
            return "{" + items.joined(separator: ", ") + "}"
        case .call(let c):
            var args = c.args.map { text($0, .test) }
            for k in c.keywords {
                if let name = k.arg { args.append(name + "=" + text(k.value, .test)) } else { args.append("**" + text(k.value, .test)) }
            }
            return text(c.func, .atom) + "(" + args.joined(separator: ", ") + ")"
        case .starred(let s):
            return "*" + text(s.value, .bor)
        case .slice(let s):
            var out = (s.lower.map { text($0, .test) } ?? "") + ":" + (s.upper.map { text($0, .test) } ?? "")
            if let step = s.step { out += ":" + text(step, .test) }
            return out
        case .await(let a):
            return paren("await " + text(a.value, .atom), level > .await)
        case .namedExpr(let n):
            return paren(text(n.target, .atom) + " := " + text(n.value, .atom), level > .tuple)
        case .lambda:
            return paren("lambda: ...", level > .test)
        case .joinedStr, .formattedValue:
            return "f'...'"
        case .yield, .yieldFrom:
            return paren("yield", level > .yield)
        case .listComp, .setComp, .dictComp, .generatorExp:
            return "(...)"
        }
    }
}
