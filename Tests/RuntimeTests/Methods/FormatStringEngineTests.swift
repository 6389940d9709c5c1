import XCTest
@testable import Runtime

/// A resolver over plain Swift values: ints, strings, lists and records.
private indirect enum Obj: Equatable {
    case int(Int), str(String), list([Obj]), record([String: Obj])
}

private struct TestResolver: FormatFieldResolver {
    var args: [Obj]
    var kwargs: [String: Obj]
    struct Missing: Error, Equatable { let what: String }

    func positional(_ index: Int) throws -> Obj {
        guard index < args.count else { throw Missing(what: "index \(index)") }
        return args[index]
    }
    func keyword(_ name: String) throws -> Obj {
        guard let v = kwargs[name] else { throw Missing(what: "key \(name)") }
        return v
    }
    func attribute(_ obj: Obj, _ name: String) throws -> Obj {
        guard case .record(let r) = obj, let v = r[name] else { throw Missing(what: "attr \(name)") }
        return v
    }
    func item(_ obj: Obj, index: Int) throws -> Obj {
        guard case .list(let l) = obj, index < l.count else { throw Missing(what: "item \(index)") }
        return l[index]
    }
    func item(_ obj: Obj, key: String) throws -> Obj {
        guard case .record(let r) = obj, let v = r[key] else { throw Missing(what: "item \(key)") }
        return v
    }
    func convert(_ obj: Obj, _ conversion: Unicode.Scalar) throws -> Obj {
        switch obj {
        case .str(let s): return .str(conversion == "s" ? s : StringRepr.repr(s))
        case .int(let i): return .str(String(i))
        default: return .str("?")
        }
    }
    func format(_ obj: Obj, spec: String) throws -> String {
        switch obj {
        case .int(let i): return try PyFormat.format(i, spec: spec)
        case .str(let s): return try PyFormat.format(s, spec: spec)
        default: return "<obj>"
        }
    }
}

final class FormatStringEngineTests: XCTestCase {
    private func render(_ template: String, _ args: [Obj] = [], _ kwargs: [String: Obj] = [:]) throws -> String {
        var engine = FormatStringEngine(resolver: TestResolver(args: args, kwargs: kwargs))
        return try engine.render(template)
    }

    private func failure(_ template: String, _ args: [Obj] = []) -> String? {
        do {
            _ = try render(template, args)
            return nil
        } catch let f as PyFailure {
            return f.message
        } catch {
            return "\(error)"
        }
    }

    func testAutoAndManualNumbering() throws {
        XCTAssertEqual(try render("{} and {}", [.int(1), .int(2)]), "1 and 2")
        XCTAssertEqual(try render("{1}{0}{1}", [.str("a"), .str("b")]), "bab")
        XCTAssertEqual(failure("{}{1}", [.int(1), .int(2)]),
                       "cannot switch from automatic field numbering to manual field specification")
        XCTAssertEqual(failure("{0}{}", [.int(1), .int(2)]),
                       "cannot switch from manual field specification to automatic field numbering")
    }

    func testEscapesAndLoneBraces() throws {
        XCTAssertEqual(try render("{{x}} {}", [.int(5)]), "{x} 5")
        XCTAssertEqual(failure("a}b"), "Single '}' encountered in format string")
        XCTAssertEqual(failure("ab{"), "Single '{' encountered in format string")
        XCTAssertEqual(failure("{0"), "expected '}' before end of string")
        XCTAssertEqual(failure("{0:"), "unmatched '{' in format spec")
        XCTAssertEqual(failure("{!"), "end of string while looking for conversion specifier")
        XCTAssertEqual(failure("{0!rx}", [.int(1)]), "expected ':' after conversion specifier")
        XCTAssertEqual(failure("{0!x}", [.int(1)]), "Unknown conversion specifier x")
        XCTAssertEqual(failure("{a{b}"), "unexpected '{' in field name")
    }

    func testFieldNamesWithAttributesAndItems() throws {
        let point = Obj.record(["x": .int(3), "tags": .list([.str("p"), .str("q")])])
        XCTAssertEqual(try render("{0.x} {0.tags[1]} {p[x]}", [point], ["p": point]), "3 q 3")
        XCTAssertEqual(failure("{0[1}", [point]), "expected '}' before end of string")
        XCTAssertEqual(failure("{0.}", [point]), "Empty attribute in format string")
        XCTAssertEqual(failure("{0[x]y}", [point]), "Only '.' or '[' may follow ']' in format field specifier")
    }

    func testConversionsAndNestedSpecs() throws {
        XCTAssertEqual(try render("{0!r:>6}|{0!s}", [.str("hi")]), "  'hi'|hi")
        XCTAssertEqual(try render("{:{}{}}|", [.int(42), .str(">"), .int(6)]), "    42|")
        XCTAssertEqual(try render("{0:{w}}|", [.str("ab")], ["w": .int(4)]), "ab  |")
        XCTAssertEqual(failure("{0:{1:{2}}}", [.str("a"), .str("s"), .str("")]), "Max string recursion exceeded")
    }
}
