#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX file operations of the disk cache: whole-file reads, atomic
/// replacement (temporary file + rename) and `mkdir -p`. Failures are
/// reported as nil/false; the cache treats them all as "not cached".
enum CacheFiles {
    /// Largest cache file read (the biggest library module is far smaller).
    static let maximumFileSize = 64 << 20

    /// The whole contents of `path`, or nil if it cannot be read or is too big.
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= 0, st.st_size <= maximumFileSize else { return nil }
        let size = Int(st.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let n = read(fd, buffer.baseAddress! + done, size - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            initialized = done
            complete = done == size
        }
        return complete ? bytes : nil
    }

    /// Replaces `path` with `bytes` atomically: written to a new temporary
    /// file in the same directory, then renamed over `path`, so a reader
    /// sees the old file or the whole new one, never a partial one.
    @discardableResult
    static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + "." + String(path[slash...])
            + ".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var ok = bytes.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        if close(fd) != 0 { ok = false }
        if ok && rename(temporary, path) == 0 { return true }
        unlink(temporary)
        return false
    }

    /// Creates `path` and its missing parents with mode 0700; true when it
    /// then is a directory this process can write to.
    static func makeWritableDirectory(_ path: String) -> Bool {
        guard !path.isEmpty else { return false }
        if mkdir(path, 0o700) != 0 {
            switch errno {
            case EEXIST:
                break
            case ENOENT:
                guard let slash = path.lastIndex(of: "/"), slash > path.startIndex,
                      makeWritableDirectory(String(path[..<slash])), mkdir(path, 0o700) == 0 || errno == EEXIST else {
                    return false
                }
            default:
                return false
            }
        }
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return false }
        return access(path, W_OK | X_OK) == 0
    }
}
