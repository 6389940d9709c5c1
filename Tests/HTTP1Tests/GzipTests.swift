import Testing
@testable import HTTP1

@Suite struct GzipTests {
    @Test(arguments: [0, 1, 1000, 300_000])
    func roundTripsThroughInflate(size: Int) throws {
        var seed: UInt32 = 12345
        let input = (0..<size).map { index -> UInt8 in
            seed = seed &* 1_103_515_245 &+ 12345
            return index % 3 == 0 ? UInt8(truncatingIfNeeded: seed >> 16) : UInt8(ascii: "a") + UInt8(index % 7)
        }
        let compressed = try Gzip.compress(input)
        #expect(compressed.starts(with: [0x1F, 0x8B]), "gzip magic")
        #expect(try Gzip.decompress(compressed) == input)
    }

    @Test func compressesRepetitiveText() throws {
        let input = Array(String(repeating: "async def main(): await asyncio.sleep(1)\n", count: 100).utf8)
        #expect(try Gzip.compress(input).count < input.count / 10)
    }

    @Test func compressedBufferHoldsOnlyItsBytes() throws {
        // A cached response is charged its count; its capacity must not be the input's size.
        let input = Array(String(repeating: "async def main(): await asyncio.sleep(1)\n", count: 10_000).utf8)
        let compressed = try Gzip.compress(input)
        #expect(compressed.count < input.count / 100)
        #expect(compressed.capacity < compressed.count + 64, "capacity \(compressed.capacity) for \(compressed.count) bytes")
    }

    @Test func rejectsCorruptAndOversizedInput() throws {
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(Array("not gzip at all".utf8)) }
        let compressed = try Gzip.compress([UInt8](repeating: 0, count: 100_000))
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(Array(compressed.dropLast(10))) }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(compressed, maxOutputBytes: 1000) }
    }

    @Test(arguments: [
        (nil, false), ("gzip", true), ("GZIP", true), ("deflate, gzip;q=0.5", true), ("gzip;q=0", false),
        ("gzip; q=0.000", false), ("*", true), ("*;q=0", false), ("gzip;q=0, *", false), ("br, *;q=0.1", true),
        ("identity", false), ("x-gzip", true), ("gzip;q=bogus", false), ("deflate", false),
    ] as [(String?, Bool)])
    func acceptEncoding(header: String?, allowed: Bool) {
        #expect(AcceptEncoding.allowsGzip(header) == allowed)
    }

    @Test func gzippedResponseHelper() throws {
        let body = Array(String(repeating: "0123456789", count: 300).utf8)
        let accepting = HTTPRequest(method: "GET", target: "/", headers: ["Host": "h", "Accept-Encoding": "gzip, br"])
        let response = HTTPResponse(headers: ["Content-Type": "text/plain"], body: body).gzipped(for: accepting)
        #expect(response.headers["Content-Encoding"] == "gzip")
        #expect(response.headers["Vary"] == "Accept-Encoding")
        #expect(try Gzip.decompress(response.body) == body)

        let refusing = HTTPRequest(method: "GET", target: "/", headers: ["Host": "h", "Accept-Encoding": "gzip;q=0"])
        let plain = HTTPResponse(body: body).gzipped(for: refusing)
        #expect(plain.body == body)
        #expect(plain.headers["Content-Encoding"] == nil)
        #expect(plain.headers["Vary"] == "Accept-Encoding")

        let small = HTTPResponse(body: Array("tiny".utf8)).gzipped(for: accepting)
        #expect(small.headers["Content-Encoding"] == nil)
    }
}
