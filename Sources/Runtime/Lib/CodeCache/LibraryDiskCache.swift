import Foundation

/// The compiled embedded library on disk, for `interleave run` and
/// `interleave explore` (CPython's `.pyc` files): a process that finds a
/// module's entry decodes it instead of parsing and compiling the module.
///
/// Layout: one file per module, `<dir>/<dotted name>.ilc` (`CacheEntry`).
/// An entry is used only if its magic, format version, key (this binary's
/// size, mtime, inode and device, the module name, the checksum and length
/// of the embedded source) and payload checksum all match and the payload
/// decodes; anything else (a missing, truncated, corrupt, foreign or stale
/// file, an I/O error) silently falls back to compiling, and the fresh code
/// is written back. Writes go through a temporary file and a rename, so
/// concurrent processes never read a partial entry. Decoded code is frozen
/// by `LibraryCodeCache` exactly like freshly compiled code, so identities
/// and hashes (and thus behaviour) are the same.
///
/// Directory: `$INTERLEAVE_CACHE_DIR`, else `$XDG_CACHE_HOME/interleave`,
/// else `$HOME/.cache/interleave`, created with mode 0700.
/// `INTERLEAVE_CACHE_DIR=off`, or a directory that cannot be created or
/// written, turns the cache off: nothing is read or written.
///
/// The server does not use it: each worker compiles a module once and keeps
/// it for its lifetime (and warm starts skip executing the library), so the
/// one-off saving on a worker's first run is small next to keeping the
/// server free of state shared with other processes through the file system.
public final class LibraryDiskCache: @unchecked Sendable {
    /// The cache directory.
    public let directory: String
    private let binary: BinaryIdentity
    private let lock = NSLock()
    /// nil until the directory is first needed; then whether it is usable.
    private var usable: Bool?

    init(directory: String, binary: BinaryIdentity) {
        self.directory = directory
        self.binary = binary
    }

    /// Turns the disk cache on for this process, at the directory the
    /// environment names (see the type's documentation), unless it says
    /// `off` or the executable cannot be identified. Call once, before any
    /// run; returns the cache, or nil when it stays off.
    @discardableResult
    public static func install(environment: [String: String] = ProcessInfo.processInfo.environment) -> LibraryDiskCache? {
        guard let dir = directory(environment: environment), let binary = BinaryIdentity.current else { return nil }
        let cache = LibraryDiskCache(directory: dir, binary: binary)
        LibraryCodeCache.disk = cache
        return cache
    }

    /// The cache directory `environment` asks for, or nil for off.
    static func directory(environment: [String: String]) -> String? {
        func value(_ name: String) -> String? {
            guard let v = environment[name], !v.isEmpty else { return nil }
            return v
        }
        if let dir = value("INTERLEAVE_CACHE_DIR") { return dir.lowercased() == "off" ? nil : dir }
        if let xdg = value("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/interleave" }
        if let home = value("HOME") { return home + "/.cache/interleave" }
        return nil
    }

    /// The file of module `name`, or nil for a name that is not a plain
    /// dotted identifier (never the case for the embedded library).
    func path(for name: String) -> String? {
        guard !name.isEmpty, !name.hasPrefix("."), name.utf8.allSatisfy({ b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2E
        }) else { return nil }
        return directory + "/" + name + ".ilc"
    }

    /// The code of module `name` compiled from `source`: decoded from its
    /// entry when one is valid, else `compile()`d and written back.
    /// Errors of `compile` are rethrown (and nothing is written).
    func code(for name: String, source: String, compile: () throws -> CodeObject) rethrows -> CodeObject {
        guard isUsable(), let path = path(for: name) else { return try compile() }
        let key = CacheKey(binary: binary, module: name, source: source)
        if let bytes = CacheFiles.contents(of: path), let code = try? CacheEntry.decode(bytes, key: key) {
            return code
        }
        let code = try compile()
        if let payload = try? CodeEncoder.encode(code) {
            CacheFiles.replace(path, with: CacheEntry.encode(payload: payload, key: key))
        }
        return code
    }

    /// Whether the directory exists (creating it) and is writable; decided once.
    private func isUsable() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let usable { return usable }
        let ok = CacheFiles.makeWritableDirectory(directory)
        usable = ok
        return ok
    }
}
