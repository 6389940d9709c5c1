/// Why a cached code entry could not be used. Every case makes the library
/// cache fall back to compiling; none reaches a program.
enum CodeCacheError: Error, Equatable {
    /// The data ended before a field it announced.
    case truncated
    /// A count, length or index is out of range, or bytes follow the payload.
    case malformed(String)
    /// The file does not start with the cache's magic bytes.
    case badMagic
    /// Written by another format version.
    case wrongVersion(UInt32)
    /// Written by another binary, for another module or from another source.
    case staleKey
    /// The payload's checksum does not match its bytes.
    case badChecksum
    /// The compiler emitted a constant the format cannot represent (encoding only).
    case unsupportedConstant(String)
}
