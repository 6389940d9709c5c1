#if canImport(Glibc)
import Glibc
#endif
import Reactor
import Testing
@testable import HTTP1

/// The connection's output: gather writes from an offset, no shifting, small buffers coalesced.
struct OutboundQueueTests {
    /// A non-blocking socket pair; the tests write to `.0` and read `.1`.
    private func pair() throws -> (Socket, Socket) {
        let (a, b) = try FileDescriptor.socketPair()
        return (Socket(descriptor: a), Socket(descriptor: b))
    }

    /// Reads whatever `socket` has now.
    private func drain(_ socket: Socket, into received: inout [UInt8]) throws {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while case .processed(let n) = try chunk.withUnsafeMutableBytes({ try socket.read(into: $0) }), n > 0 {
            received += chunk[0..<n]
        }
    }

    @Test func headAndSmallBodyGoOutInOneWrite() throws {
        let (writer, reader) = try pair()
        defer { try? writer.close(); try? reader.close() }
        var queue = OutboundQueue()
        let head = Array("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n".utf8)
        queue.append(head)
        queue.append(Array("hello".utf8))
        #expect(queue.count == head.count + 5)
        #expect(try queue.write(to: writer) == head.count + 5, "one send carries both")
        #expect(queue.isEmpty)
        var received: [UInt8] = []
        try drain(reader, into: &received)
        #expect(received == head + Array("hello".utf8))
    }

    @Test func largeBodiesArriveWholeAndInOrderThroughPartialWrites() throws {
        let (writer, reader) = try pair()
        defer { try? writer.close(); try? reader.close() }
        var queue = OutboundQueue()
        var expected: [UInt8] = []
        for index in 0..<3 {
            let head = Array("head \(index)\r\n".utf8)
            let body = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            queue.append(head)
            queue.append(body)
            expected += head + body
        }
        queue.append(Array("tail".utf8))
        expected += Array("tail".utf8)
        var received: [UInt8] = []
        var writes = 0
        while !queue.isEmpty {
            let before = queue.count
            let written = try queue.write(to: writer)
            #expect(queue.count == before - written)
            writes += 1
            try drain(reader, into: &received)
        }
        try drain(reader, into: &received)
        #expect(writes > 3, "the socket buffer forced partial writes")
        #expect(received == expected)
    }

    @Test func writingToAClosedPeerThrows() throws {
        let (writer, reader) = try pair()
        try reader.close()
        var queue = OutboundQueue()
        queue.append([1, 2, 3])
        #expect(throws: SystemError.self) { _ = try queue.write(to: writer) }
        try writer.close()
    }
}
