#if canImport(Glibc)
import Glibc
#endif
import HTTP1
import Reactor
import Synchronization

/// Serves the files under one directory (`public/`) with validators and
/// compression, and never anything outside it.
///
/// A request path is percent-decoded once, then refused with `400` if it
/// holds a NUL byte or a `.`/`..` segment, and with `404` for other dotfiles;
/// what is left is resolved with `realpath`, so a symlink is followed only
/// when its target is still inside the root. `/` and any path ending in `/`
/// mean that directory's `index.html`.
///
/// Files are cached in memory with their ETag (quoted hex SHA-256 of the
/// content) and, for compressible files over ``gzipThreshold`` bytes, their
/// gzip form; a `stat`, at most once per ``revalidationInterval`` for each
/// file (not on every request: it is a path walk in the kernel), notices
/// edits on disk and reloads. Safe to call from any thread.
public final class StaticFiles {
    /// Smallest body worth compressing, in bytes.
    public static let gzipThreshold = 1024
    /// Largest file served, in bytes; bigger files get `500` naming the limit.
    public static let maxFileBytes = 32 * 1024 * 1024

    private struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    /// A class, so taking it out of the cache per request is one retain, not one per field.
    private final class Entry {
        let resolvedPath: String
        let identity: Identity
        let contentType: String
        let body: [UInt8]
        let etag: String
        let gzipBody: [UInt8]?
        /// The response headers, built once per file version: a request for the
        /// file then shares them (and the body) instead of building its own.
        let plainHeaders: HTTPHeaders, gzipHeaders: HTTPHeaders
        let plainNotModifiedHeaders: HTTPHeaders, gzipNotModifiedHeaders: HTTPHeaders
        /// The four answers, built once per file version: serving the file
        /// then allocates nothing, not even a response.
        let plainResponse: HTTPResponse, gzipResponse: HTTPResponse?
        let plainNotModified: HTTPResponse, gzipNotModified: HTTPResponse
        /// When the file on disk was last seen unchanged (monotonic nanoseconds).
        let checkedAt = Atomic<UInt64>(MonotonicClock.now())

        init(resolvedPath: String, identity: Identity, contentType: String, body: [UInt8], etag: String, gzipBody: [UInt8]?) {
            self.resolvedPath = resolvedPath
            self.identity = identity
            self.contentType = contentType
            self.body = body
            self.etag = etag
            self.gzipBody = gzipBody
            func headers(gzip: Bool, full: Bool) -> HTTPHeaders {
                // The gzip form is the same content, so it carries the weak form of
                // the same validator (as nginx does), and If-None-Match compares weakly.
                var headers = HTTPHeaders()
                headers.add(name: "ETag", value: gzip ? "W/" + etag : etag)
                headers.add(name: "Cache-Control", value: "no-cache")
                if gzipBody != nil { headers.add(name: "Vary", value: "Accept-Encoding") }
                guard full else { return headers }
                headers.add(name: "Content-Type", value: contentType)
                headers.add(name: "X-Content-Type-Options", value: "nosniff")
                if gzip { headers.add(name: "Content-Encoding", value: "gzip") }
                return headers
            }
            plainHeaders = headers(gzip: false, full: true)
            gzipHeaders = headers(gzip: true, full: true)
            plainNotModifiedHeaders = headers(gzip: false, full: false)
            gzipNotModifiedHeaders = headers(gzip: true, full: false)
            plainResponse = HTTPResponse(status: .ok, headers: plainHeaders, body: body)
            let gzipHeaders = self.gzipHeaders
            gzipResponse = gzipBody.map { HTTPResponse(status: .ok, headers: gzipHeaders, body: $0) }
            plainNotModified = HTTPResponse(status: .notModified, headers: plainNotModifiedHeaders)
            gzipNotModified = HTTPResponse(status: .notModified, headers: gzipNotModifiedHeaders)
        }
    }

    /// The root directory with symlinks resolved, e.g. `/srv/interleave/public`.
    public let root: String
    /// How long a cached file is served before `stat` checks it again.
    public let revalidationInterval: Duration
    private let revalidationNanoseconds: UInt64
    private let lock = Lock()
    private var cache: [String: Entry] = [:]
    private var recent: [(path: String, entry: Entry)] = []
    private var nextRecentSlot = 0

    /// Serves files from `directory`, which must exist.
    /// - Parameter revalidationInterval: how long a file is served from memory
    ///   before the disk is checked for edits again (`.zero`: every request).
    public init(directory: String, revalidationInterval: Duration = .seconds(1)) throws {
        self.revalidationInterval = revalidationInterval
        revalidationNanoseconds = revalidationInterval.clampedNanoseconds
        guard let resolved = Self.realPath(directory) else {
            throw StaticFilesError.missingDirectory(directory)
        }
        guard Self.identity(of: resolved).map({ $0.isDirectory }) == true else {
            throw StaticFilesError.notADirectory(directory)
        }
        root = resolved
    }

    /// The response for a `GET` of `request.path`, or `nil` when there is no such file.
    public func response(for request: HTTPRequest) -> HTTPResponse? {
        let rawPath = request.path
        if let entry = recentEntry(for: rawPath) { return Self.respond(with: entry, to: request) }
        let relative: String
        switch Self.relativePath(for: rawPath) {
        case .failure(let refusal): return refusal.response
        case .success(let path): relative = path
        }
        let entry: Entry
        do {
            guard let found = try lookup(relative) else { return nil }
            entry = found
        } catch {
            return .error(.internalServerError, message: "\(error)")
        }
        remember(rawPath, entry)
        return Self.respond(with: entry, to: request)
    }

    /// The entry a request path led to lately, while it needs no new `stat`:
    /// the page's few files are then found by comparing the path as sent,
    /// without decoding it, building the relative path or hashing it.
    private func recentEntry(for rawPath: String) -> Entry? {
        let count = rawPath.utf8.count
        guard let entry = lock.withLock({ recent.first { $0.path.utf8.count == count && $0.path == rawPath }?.entry })
        else { return nil }
        let age = MonotonicClock.now() &- entry.checkedAt.load(ordering: .relaxed)
        return age < revalidationNanoseconds ? entry : nil
    }

    private func remember(_ rawPath: String, _ entry: Entry) {
        lock.withLock {
            if let index = recent.firstIndex(where: { $0.path == rawPath }) {
                recent[index].entry = entry
            } else if recent.count < Self.recentLimit {
                recent.append((rawPath, entry))
            } else {
                recent[nextRecentSlot] = (rawPath, entry)
                nextRecentSlot = (nextRecentSlot + 1) % Self.recentLimit
            }
        }
    }

    /// Request paths remembered by ``recentEntry(for:)``.
    private static let recentLimit = 32

    // MARK: - Paths

    /// Why a path was refused before touching the file system.
    enum PathRefusal: Error, Equatable {
        case badEncoding, nul, dotSegment, hidden, notOrigin

        var response: HTTPResponse {
            switch self {
            case .badEncoding: return .error(.badRequest, message: "malformed percent-encoding in path")
            case .nul: return .error(.badRequest, message: "NUL byte in path")
            case .dotSegment: return .error(.badRequest, message: "'.' and '..' path segments are not allowed")
            case .notOrigin: return .error(.badRequest, message: "path must start with /")
            case .hidden: return .error(.notFound, message: "no such file")
            }
        }
    }

    /// The path below the root that `rawPath` names (`index.html` for directories).
    static func relativePath(for rawPath: String) -> Result<String, PathRefusal> {
        if let plain = plainRelativePath(rawPath) { return .success(plain) }
        guard let decoded = PercentDecoding.decode(rawPath, plusAsSpace: false) else { return .failure(.badEncoding) }
        if decoded.utf8.contains(0) { return .failure(.nul) }
        guard decoded.hasPrefix("/") else { return .failure(.notOrigin) }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." || segment == ".." { return .failure(.dotSegment) }
            if segment.hasPrefix(".") { return .failure(.hidden) }
            segments.append(segment)
        }
        if decoded.hasSuffix("/") { segments.append("index.html") }
        return .success(segments.joined(separator: "/"))
    }

    /// The common case without building anything: `/name/name.ext`, no
    /// percent-escape, no empty, `.`-led or trailing segment. `nil`: take the general path.
    private static func plainRelativePath(_ rawPath: String) -> String? {
        let utf8 = rawPath.utf8
        guard utf8.count > 1, utf8.first == UInt8(ascii: "/"), utf8.last != UInt8(ascii: "/") else { return nil }
        var previous = UInt8(ascii: "/")
        for byte in utf8.dropFirst() {
            if byte == UInt8(ascii: "%") || byte == 0 { return nil }
            if previous == UInt8(ascii: "/") && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")) { return nil }
            previous = byte
        }
        return String(rawPath.dropFirst())
    }

    // MARK: - Cache

    /// Loads every servable file under ``root`` (not hidden, at most
    /// ``maxFileBytes``, at most `limit` files) into the cache, so requests
    /// never wait for a first read, hash and compression on the event loop:
    /// only a file changed while serving is reloaded there. Call before serving.
    /// - Returns: the number of files loaded.
    @discardableResult
    public func preload(limit: Int = 1000) -> Int {
        var loaded = 0
        var pending = [""]
        while let directory = pending.popLast(), loaded < limit {
            guard let handle = opendir(root + "/" + directory) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle), loaded < limit {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.isEmpty, !name.hasPrefix(".") else { continue }
                let relative = directory.isEmpty ? name : directory + "/" + name
                // lstat: a symlinked directory is not walked (it may lead anywhere);
                // a symlinked file is checked by `lookup` like any request.
                var info = stat()
                guard lstat(root + "/" + relative, &info) == 0 else { continue }
                let kind = UInt32(info.st_mode) & UInt32(S_IFMT)
                if kind == UInt32(S_IFDIR) {
                    pending.append(relative)
                } else if kind == UInt32(S_IFREG) || kind == UInt32(S_IFLNK), (try? lookup(relative)) ?? nil != nil {
                    loaded += 1
                }
            }
        }
        return loaded
    }

    private func lookup(_ relative: String) throws -> Entry? {
        if let cached = lock.withLock({ cache[relative] }) {
            let now = MonotonicClock.now()
            if now &- cached.checkedAt.load(ordering: .relaxed) < revalidationNanoseconds { return cached }
            if let current = Self.identity(of: cached.resolvedPath), current.identity == cached.identity {
                cached.checkedAt.store(now, ordering: .relaxed)
                return cached
            }
            lock.withLock { cache[relative] = nil }
        }
        guard let entry = try load(relative) else { return nil }
        lock.withLock { cache[relative] = entry }
        return entry
    }

    private func load(_ relative: String) throws -> Entry? {
        guard let resolved = Self.realPath(root + "/" + relative),
              resolved.hasPrefix(root + "/"),
              let stat = Self.identity(of: resolved), stat.isRegularFile
        else { return nil }
        if stat.identity.size > Int64(Self.maxFileBytes) {
            throw StaticFilesError.fileTooLarge(relative, limit: Self.maxFileBytes)
        }
        let body = try Self.readFile(resolved)
        let contentType = MediaTypes.contentType(forFileName: relative)
        var gzipBody: [UInt8]?
        if body.count >= Self.gzipThreshold, MediaTypes.isCompressible(contentType),
           let compressed = try? Gzip.compress(body, level: 9), compressed.count < body.count {
            gzipBody = compressed
        }
        return Entry(resolvedPath: resolved, identity: stat.identity, contentType: contentType, body: body,
                     etag: "\"\(try SHA256.hex(body))\"", gzipBody: gzipBody)
    }

    // MARK: - Responses

    private static func respond(with entry: Entry, to request: HTTPRequest) -> HTTPResponse {
        let headers = request.headers
        let useGzip = entry.gzipBody != nil && headers.contains("Accept-Encoding")
            && AcceptEncoding.allowsGzip(headers.values(for: "Accept-Encoding"))
        if headers.contains("If-None-Match"),
           ETagMatching.noneMatch(headers.values(for: "If-None-Match"), etag: entry.etag) == false {
            return useGzip ? entry.gzipNotModified : entry.plainNotModified
        }
        if useGzip, let compressed = entry.gzipResponse { return compressed }
        return entry.plainResponse
    }

    // MARK: - File system

    private struct Stat {
        let identity: Identity
        let mode: UInt32
        var isRegularFile: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
        var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
    }

    private static func identity(of path: String) -> Stat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                                modifiedSeconds: Int(info.st_mtim.tv_sec), modifiedNanoseconds: Int(info.st_mtim.tv_nsec))
        return Stat(identity: identity, mode: UInt32(info.st_mode))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw SystemError(call: "open \(path)", errno: errno) }
        let descriptor = FileDescriptor(rawValue: fd)
        defer { try? descriptor.close() }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let result = try chunk.withUnsafeMutableBytes { try descriptor.read(into: $0) }
            guard case .processed(let n) = result, n > 0 else { break }
            bytes += chunk[0..<n]
            if bytes.count > maxFileBytes { throw StaticFilesError.fileTooLarge(path, limit: maxFileBytes) }
        }
        return bytes
    }
}

/// Why the static file store could not start or serve a file.
public enum StaticFilesError: Error, Equatable, CustomStringConvertible {
    /// The public directory does not exist.
    case missingDirectory(String)
    /// The public path exists but is not a directory.
    case notADirectory(String)
    /// A file is over the size the server keeps in memory.
    case fileTooLarge(String, limit: Int)

    /// A message that says what to fix.
    public var description: String {
        switch self {
        case .missingDirectory(let path):
            return "public directory \"\(path)\" does not exist; pass --public DIR or run from the repository root"
        case .notADirectory(let path):
            return "public path \"\(path)\" is not a directory; pass --public DIR"
        case .fileTooLarge(let path, let limit):
            return "\(path) is larger than the \(limit)-byte limit for static files"
        }
    }
}
