#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The executable that wrote a cache entry: its size, modification time,
/// inode and device. A rebuilt or replaced binary (whose compiler, embedded
/// library or format may differ) has another identity, so it never reads
/// entries an older one wrote.
struct BinaryIdentity: Equatable {
    var size: UInt64
    var modifiedSeconds: UInt64
    var modifiedNanoseconds: UInt64
    var inode: UInt64
    var device: UInt64

    /// The running executable's identity (`/proc/self/exe`), or nil when it
    /// cannot be read (then the disk cache is off).
    static let current: BinaryIdentity? = {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return nil }
        #if canImport(Glibc)
        let seconds = st.st_mtim.tv_sec, nanoseconds = st.st_mtim.tv_nsec
        #else
        let seconds = st.st_mtimespec.tv_sec, nanoseconds = st.st_mtimespec.tv_nsec
        #endif
        return BinaryIdentity(size: UInt64(truncatingIfNeeded: st.st_size),
                              modifiedSeconds: UInt64(truncatingIfNeeded: seconds),
                              modifiedNanoseconds: UInt64(truncatingIfNeeded: nanoseconds),
                              inode: UInt64(truncatingIfNeeded: st.st_ino),
                              device: UInt64(truncatingIfNeeded: st.st_dev))
    }()
}

/// Everything a cache entry must match to be used: the binary, the module
/// and the exact embedded source it was compiled from.
struct CacheKey: Equatable {
    var binary: BinaryIdentity
    /// Checksum of the module's dotted name.
    var module: UInt64
    /// Checksum and UTF-8 length of the module's source.
    var sourceChecksum: UInt64
    var sourceLength: UInt64

    init(binary: BinaryIdentity, module: String, source: String) {
        self.binary = binary
        self.module = Checksum.of(module)
        sourceChecksum = Checksum.of(source)
        sourceLength = UInt64(source.utf8.count)
    }

    init(binary: BinaryIdentity, module: UInt64, sourceChecksum: UInt64, sourceLength: UInt64) {
        self.binary = binary
        self.module = module
        self.sourceChecksum = sourceChecksum
        self.sourceLength = sourceLength
    }

    /// The words written in an entry's header, in order.
    var words: [UInt64] {
        [binary.size, binary.modifiedSeconds, binary.modifiedNanoseconds, binary.inode, binary.device,
         module, sourceChecksum, sourceLength]
    }
}
