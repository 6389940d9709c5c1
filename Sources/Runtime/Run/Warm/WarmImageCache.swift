import Foundation

/// Warm starts for single runs (`POST /api/run`): each worker thread keeps
/// the library images of the last few import prefixes it saw, so a run of
/// a program that starts like a recent one (`import asyncio`, `import
/// random`, ...) skips executing the library, as exploration runs do
/// (WarmImage.swift; the image is restored after every run).
///
/// Off unless the server turns it on (`enabled`); tests and `interleave
/// run` start cold. An image's objects belong to the thread that built it,
/// hence one cache per thread (the server's workers are long-lived
/// threads). Bounded: `capacity` images per thread, least recently used
/// first out; a prefix that cannot have an image is remembered too, so it
/// is not tried again; a prefix seen for the first time runs cold.
public enum WarmStarts {
    /// Set once by `interleave serve` before any run.
    nonisolated(unsafe) public static var enabled = false
    /// Images kept per worker thread.
    public static let capacity = 3

    /// The image for `scenario`'s leading imports on this thread, built on
    /// first use; nil when warm starts are off or the program cannot have one.
    static func image(for scenario: Scenario) -> WarmImage? {
        guard enabled, WarmImage.enabled, let prefix = importPrefix(of: scenario.source) else { return nil }
        let key = "\(prefix)\u{0}\(scenario.limits)\u{0}\(scenario.recordEvents)\u{0}\(scenario.detail)"
        return ThreadCache.current.image(key: key) {
            var base = scenario
            base.source = prefix
            return WarmImage.build(base)
        }
    }

    /// The program's first lines up to the last leading `import`/`from`
    /// line (blank and comment lines and a one-line docstring allowed
    /// before), or nil. The image is built from exactly this text: when it
    /// holds something else than whole import statements, the build refuses
    /// it (output, a syntax error) or keeps only the imports before it.
    static func importPrefix(of source: String) -> String? {
        var end = source.startIndex
        var sawImport = false
        var first = true
        var rest = source[...]
        // Line by line, stopping at the first line that is not part of the prefix.
        while !rest.isEmpty {
            let newline = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<newline]
            rest = newline < rest.endIndex ? rest[rest.index(after: newline)...] : rest[rest.endIndex...]
            let t = line.drop { $0 == " " || $0 == "\t" }
            defer { first = false }
            if t.isEmpty || t.hasPrefix("#") || (first && (t.hasPrefix("\"\"\"") || t.hasPrefix("'''")) && t.count >= 6
                && (t.hasSuffix("\"\"\"") || t.hasSuffix("'''"))) {
                end = line.endIndex
                continue
            }
            guard t.count == line.count, t.hasPrefix("import ") || t.hasPrefix("from ") else { break }
            sawImport = true
            end = line.endIndex
        }
        guard sawImport else { return nil }
        return String(source[..<end]) + "\n"
    }

    /// One thread's images, most recently used last. A prefix gets an
    /// image the second time it is seen: a stream of programs that all
    /// differ (or a hostile client) then costs nothing extra.
    private final class ThreadCache {
        private var entries: [(key: String, image: WarmImage?)] = []
        private var seenOnce: [String] = []
        private static let seenCapacity = 16

        func image(key: String, build: () -> WarmImage?) -> WarmImage? {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                let entry = entries.remove(at: i)
                entries.append(entry)
                return entry.image
            }
            guard let seen = seenOnce.firstIndex(of: key) else {
                seenOnce.append(key)
                if seenOnce.count > Self.seenCapacity { seenOnce.removeFirst() }
                return nil
            }
            seenOnce.remove(at: seen)
            let image = build()
            entries.append((key, image))
            if entries.count > WarmStarts.capacity {
                entries.removeFirst().image?.close()
            }
            return image
        }

        private static let slot: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key, nil)
            return key
        }()

        static var current: ThreadCache {
            if let raw = pthread_getspecific(slot) {
                return Unmanaged<ThreadCache>.fromOpaque(raw).takeUnretainedValue()
            }
            let cache = ThreadCache()
            pthread_setspecific(slot, Unmanaged.passRetained(cache).toOpaque())
            return cache
        }
    }
}
