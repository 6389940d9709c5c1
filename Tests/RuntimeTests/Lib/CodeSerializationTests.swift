import Foundation
import Script
import XCTest
@testable import Runtime

/// The code cache's payload format: encoding then decoding any compiled
/// module gives a tree equal to a fresh compile in every field.
final class CodeSerializationTests: XCTestCase {
    private func compile(_ source: String, filename: String) throws -> CodeObject {
        try Compiler.compile(try Parser.parse(source, filename: filename), filename: filename)
    }

    func testEveryEmbeddedModuleRoundTrips() throws {
        var modules = 0
        for name in EmbeddedLibrary.modules.keys.sorted() {
            guard let lib = EmbeddedLibrary.modules[name] else { continue }
            let filename = "<lib>/\(lib.path)"
            let original = try compile(lib.source, filename: filename)
            let payload = try CodeEncoder.encode(original)
            let decoded = try CodeDecoder.decode(payload)
            let fresh = try compile(lib.source, filename: filename)
            let differences = CodeTreeComparison.differences(fresh, decoded)
            XCTAssertEqual(differences, [], "module \(name)")
            XCTAssertEqual(try CodeEncoder.encode(decoded), payload, "module \(name): re-encoding differs")
            modules += 1
        }
        XCTAssertEqual(modules, EmbeddedLibrary.modules.count)
        XCTAssertGreaterThan(modules, 20)
    }

    /// Every kind of constant the compiler emits, including the rare ones
    /// the library may not use (complex, bytes, big integers, odd floats,
    /// non-normalized strings, `...`, keyword-name tuples, nested code).
    func testEveryConstantKindRoundTrips() throws {
        let source = """
        \"\"\"module doc\"\"\"
        from __future__ import annotations
        import os.path as p
        from x import (a, b as c)
        x: int = 1
        values = (None, True, False, 0, -1, 2**63, 123456789012345678901234567890, -987654321098765432109876543210,
                  0x7fffffffffffffff, 1.5, -0.0, 1e308, float('nan'), 3j, -2.5j, b'\\x00\\xffbytes', '', 'caf\\u00e9',
                  'cafe\\u0301', '\\U0001F600', ..., 'x' * 3)
        def f(a, /, b, *args, c=1, d, **kw) -> list[int]:
            \"\"\"function doc\"\"\"
            nonlocal_ = [a, b]
            def g():
                return a + b, nonlocal_
            return g, f(1, 2, c=3, d=4), [i for i in args], {k: v for k, v in kw.items()}
        async def h():
            async with a as b:
                await b
            yield 1
        class C(Base, metaclass=M):
            '''class doc'''
            y: str
            def m(self):
                return super().m(key=1)
        match values:
            case (1, 2, *rest) | [3]: pass
            case {'k': v, **others}: pass
            case C(a, b=2): pass
        try:
            pass
        except* ValueError as e:
            pass
        lambda q=1: q
        """
        let original = try compile(source, filename: "kinds.py")
        let decoded = try CodeDecoder.decode(try CodeEncoder.encode(original))
        XCTAssertEqual(CodeTreeComparison.differences(try compile(source, filename: "kinds.py"), decoded), [])
        let tags = Set(try constantKinds(original))
        for kind in ["str", "int", "PyBigInt", "float", "PyComplex", "PyBytes", "PyTuple", "PyCodeValue", "ellipsis", "bool", "none"] {
            XCTAssertTrue(tags.contains(kind), "the sample has no \(kind) constant: \(tags.sorted())")
        }
    }

    func testCorruptPayloadsThrowInsteadOfTrapping() throws {
        let lib = try XCTUnwrap(EmbeddedLibrary.modules["bisect"])
        let payload = try CodeEncoder.encode(try compile(lib.source, filename: "<lib>/\(lib.path)"))
        for length in stride(from: 0, to: payload.count, by: max(1, payload.count / 97)) {
            XCTAssertThrowsError(try CodeDecoder.decode(Array(payload[..<length])), "prefix of \(length) bytes")
        }
        XCTAssertThrowsError(try CodeDecoder.decode(payload + [0]), "trailing byte")
        // Random bytes and flipped bits must never crash (they may decode or throw).
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var bytes = payload
            let i = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
            _ = try? CodeDecoder.decode(bytes)
        }
        for _ in 0..<50 {
            _ = try? CodeDecoder.decode((0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
    }

    private func constantKinds(_ code: CodeObject) throws -> [String] {
        var out: [String] = []
        func walk(_ v: Value) {
            switch v {
            case .none: out.append("none")
            case .bool: out.append("bool")
            case .int: out.append("int")
            case .float: out.append("float")
            case .object(let o):
                if o === BuiltinTypes.ellipsis { out.append("ellipsis"); return }
                if o is PyStr { out.append("str"); return }
                out.append(String(describing: type(of: o)))
                if let t = o as? PyTuple { t.items.forEach(walk) }
                if let c = o as? PyCodeValue { c.code.constants.forEach(walk) }
            }
        }
        code.constants.forEach(walk)
        return out
    }
}
