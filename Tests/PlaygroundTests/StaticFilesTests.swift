import Testing
import Foundation
import HTTP1
@testable import Playground

/// A throwaway directory tree: `root/public` is served, `root/secret.txt` must never be.
private final class Fixture {
    let root: URL
    let publicDir: URL
    let files: StaticFiles

    init(revalidationInterval: Duration = .zero) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("static-\(UUID().uuidString)")
        publicDir = root.appendingPathComponent("public")
        let fm = FileManager.default
        try fm.createDirectory(at: publicDir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("<h1>home</h1>".utf8).write(to: publicDir.appendingPathComponent("index.html"))
        try Data("sub index".utf8).write(to: publicDir.appendingPathComponent("sub/index.html"))
        try Data(String(repeating: "console.log('interleave');\n", count: 200).utf8)
            .write(to: publicDir.appendingPathComponent("app.js"))
        try Data("body{}".utf8).write(to: publicDir.appendingPathComponent("style.css"))
        try Data([0x89, 0x50, 0x4e, 0x47] + [UInt8](repeating: 7, count: 4000)).write(to: publicDir.appendingPathComponent("logo.png"))
        try Data("hidden".utf8).write(to: publicDir.appendingPathComponent(".env"))
        try Data("TOP SECRET".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try fm.createSymbolicLink(atPath: publicDir.appendingPathComponent("escape.txt").path,
                                  withDestinationPath: root.appendingPathComponent("secret.txt").path)
        try fm.createSymbolicLink(atPath: publicDir.appendingPathComponent("alias.css").path,
                                  withDestinationPath: "style.css")
        try fm.createSymbolicLink(atPath: publicDir.appendingPathComponent("up").path,
                                  withDestinationPath: root.path)
        files = try StaticFiles(directory: publicDir.path, revalidationInterval: revalidationInterval)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func get(_ target: String, _ headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse? {
        files.response(for: HTTPRequest(method: "GET", target: target, headers: headers))
    }
}

@Suite struct StaticFilesTests {
    @Test func preloadLoadsServableFilesOnly() throws {
        let fixture = try Fixture()
        // index.html, sub/index.html, app.js, style.css, logo.png and the alias.css symlink;
        // not .env, not the symlink escaping the root, and the `up` symlink to a directory is not walked.
        #expect(fixture.files.preload() == 6)
        #expect(fixture.files.preload(limit: 2) <= 2)
    }

    @Test func rootServesIndexHtml() throws {
        let fixture = try Fixture()
        let response = try #require(fixture.get("/"))
        #expect(response.status == .ok)
        #expect(response.body == Array("<h1>home</h1>".utf8))
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.headers["Cache-Control"] == "no-cache")
        #expect(fixture.get("/sub/")?.body == Array("sub index".utf8))
    }

    @Test(arguments: [
        ("/index.html", "text/html; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/style.css", "text/css; charset=utf-8"),
        ("/logo.png", "image/png"),
    ])
    func contentTypeFollowsExtension(path: String, type: String) throws {
        #expect(try Fixture().get(path)?.headers["Content-Type"] == type)
    }

    @Test func etagIsQuotedSHA256AndIfNoneMatchGives304() throws {
        let fixture = try Fixture()
        let first = try #require(fixture.get("/style.css"))
        // printf 'body{}' | sha256sum
        let expected = "\"" + (try SHA256.hex(Array("body{}".utf8))) + "\""
        #expect(first.headers["ETag"] == expected)
        #expect(expected.count == 66)
        let again = try #require(fixture.get("/style.css", ["If-None-Match": expected]))
        #expect(again.status == .notModified)
        #expect(again.body.isEmpty)
        #expect(again.headers["ETag"] == expected)
        #expect(fixture.get("/style.css", ["If-None-Match": "\"other\", W/\(expected)"])?.status == .notModified)
        #expect(fixture.get("/style.css", ["If-None-Match": "*"])?.status == .notModified)
        #expect(fixture.get("/style.css", ["If-None-Match": "\"stale\""])?.status == .ok)
    }

    @Test func largeTextIsGzippedOnlyWhenAccepted() throws {
        let fixture = try Fixture()
        let plain = try #require(fixture.get("/app.js"))
        #expect(plain.headers["Content-Encoding"] == nil)
        #expect(plain.headers["Vary"] == "Accept-Encoding")
        let zipped = try #require(fixture.get("/app.js", ["Accept-Encoding": "gzip, deflate, br"]))
        #expect(zipped.headers["Content-Encoding"] == "gzip")
        #expect(zipped.headers["Vary"] == "Accept-Encoding")
        #expect(zipped.body.count < plain.body.count)
        #expect(try Gzip.decompress(zipped.body) == plain.body)
        #expect(zipped.headers["ETag"] == "W/" + (plain.headers["ETag"] ?? ""))
        #expect(fixture.get("/app.js", ["Accept-Encoding": "gzip;q=0"])?.headers["Content-Encoding"] == nil)
        // Revalidating the gzip variant with its own (weak) tag works too.
        let tag = zipped.headers["ETag"] ?? ""
        #expect(fixture.get("/app.js", ["Accept-Encoding": "gzip", "If-None-Match": tag])?.status == .notModified)
    }

    @Test func smallOrBinaryFilesAreNotCompressed() throws {
        let fixture = try Fixture()
        let small = fixture.get("/style.css", ["Accept-Encoding": "gzip"])
        #expect(small?.headers["Content-Encoding"] == nil)
        #expect(small?.headers["Vary"] == nil)
        #expect(fixture.get("/logo.png", ["Accept-Encoding": "gzip"])?.headers["Content-Encoding"] == nil)
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/sub/../../secret.txt",
        "/sub/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/./index.html",
        "/index.html%00.png", "/%00", "/%zz", "/%2",
    ])
    func traversalAndNulAreRefusedWith400(target: String) throws {
        let response = try Fixture().get(target)
        #expect(response?.status == .badRequest)
        #expect(!(response?.body.contains(Array("TOP SECRET".utf8)) ?? false))
    }

    @Test(arguments: ["/escape.txt", "/up/secret.txt", "/.env", "/missing.html", "/sub", "/index.html/"])
    func outsideHiddenOrMissingIsNotFound(target: String) throws {
        let response = try Fixture().get(target)
        #expect(response == nil || response?.status == .notFound)
    }

    @Test func symlinkInsideTheRootIsFollowed() throws {
        #expect(try Fixture().get("/alias.css")?.body == Array("body{}".utf8))
    }

    @Test func editedFileIsReloaded() throws {
        let fixture = try Fixture()
        let before = try #require(fixture.get("/style.css"))
        try Data("body{color:red}".utf8).write(to: fixture.publicDir.appendingPathComponent("style.css"))
        let after = try #require(fixture.get("/style.css"))
        #expect(after.body == Array("body{color:red}".utf8))
        #expect(after.headers["ETag"] != before.headers["ETag"])
        try FileManager.default.removeItem(at: fixture.publicDir.appendingPathComponent("style.css"))
        #expect(fixture.get("/style.css") == nil)
    }

    @Test func cachedFileIsServedUntilTheRevalidationInterval() throws {
        let fixture = try Fixture(revalidationInterval: .seconds(3600))
        let before = try #require(fixture.get("/style.css"))
        try Data("body{color:red}".utf8).write(to: fixture.publicDir.appendingPathComponent("style.css"))
        // No stat per request: the edit is seen only once the interval has passed.
        #expect(fixture.get("/style.css")?.body == before.body)
    }

    @Test func missingPublicDirectoryIsAnActionableError() {
        #expect(throws: StaticFilesError.missingDirectory("/no/such/dir")) {
            try StaticFiles(directory: "/no/such/dir")
        }
        #expect(StaticFilesError.missingDirectory("x").description.contains("--public"))
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ])
    func knownVectors(input: String, hex: String) throws {
        #expect(try SHA256.hex(Array(input.utf8)) == hex)
    }
}

@Suite struct MediaTypesTests {
    @Test func unknownExtensionIsOctetStream() {
        #expect(MediaTypes.contentType(forFileName: "a.unknownext") == "application/octet-stream")
        #expect(MediaTypes.contentType(forFileName: "Makefile") == "application/octet-stream")
        #expect(MediaTypes.contentType(forFileName: "A.HTML") == "text/html; charset=utf-8")
    }
}
