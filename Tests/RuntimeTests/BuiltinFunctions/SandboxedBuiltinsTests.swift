import XCTest
@testable import Runtime

/// `open()` in the sandbox: an empty, read-only file system.
final class SandboxedBuiltinsTests: BuiltinTestCase {
    func testReadingAnyFileIsFileNotFoundAsInCPython() throws {
        for mode in ["r", "rb", "rt"] {
            do {
                _ = try call("open", [.str("settings.json"), .str(mode)])
                XCTFail("open() returned for mode \(mode)")
            } catch let e as PyError {
                XCTAssertEqual(e.exception.type.name, "FileNotFoundError")
                XCTAssertEqual(try vm.str(.object(e.exception)), "[Errno 2] No such file or directory: 'settings.json'")
            }
        }
    }

    func testWritingRaisesPermissionErrorSayingWhy() throws {
        for mode in ["w", "a", "x", "r+", "wb"] {
            do {
                _ = try call("open", [.str("out.txt"), .str(mode)])
                XCTFail("open() returned for mode \(mode)")
            } catch let e as PyError {
                XCTAssertEqual(e.exception.type.name, "PermissionError")
                XCTAssertTrue(try vm.str(.object(e.exception)).contains("cannot write files in the playground"))
                XCTAssertTrue(e.exception.type.isSubtype(of: BuiltinTypes.osError))
            }
        }
    }

    func testArgumentErrorsAreCPythons() throws {
        assertRaises(BuiltinTypes.typeError, "open() missing required argument 'file' (pos 1)") {
            try self.call("open", [])
        }
        assertRaises(BuiltinTypes.typeError, "open() argument 'mode' must be str, not int") {
            try self.call("open", [.str("f"), .int(1)])
        }
    }
}
