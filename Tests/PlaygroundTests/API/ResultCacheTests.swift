import Testing
@testable import Playground

/// The LRU result cache: byte budget, recency, disabled mode.
struct ResultCacheTests {
    private func entry(_ size: Int) -> CachedResponse {
        CachedResponse(statusCode: 200, body: [UInt8](repeating: 7, count: size), isGzip: false, plainLength: size)
    }

    @Test func evictsLeastRecentlyUsedToStayWithinBudget() {
        // Room for four entries and half of a fifth: an array's capacity
        // follows malloc's usable size, which can differ by a few dozen
        // bytes between two allocations of one size (an exact budget of
        // four was flaky).
        let cache = ResultCache(capacityBytes: 4 * entry(1000).cost + entry(1000).cost / 2)
        cache.store("a", entry(1000))
        cache.store("b", entry(1000))
        cache.store("c", entry(1000))
        cache.store("d", entry(1000))
        #expect(cache.lookup("a") != nil)   // a is now the most recent
        cache.store("e", entry(1000))       // evicts b, the oldest
        #expect(cache.lookup("b") == nil)
        #expect(cache.lookup("a") != nil)
        #expect(cache.lookup("e") != nil)
        #expect(cache.statistics.entries == 4)
        #expect(cache.statistics.bytes <= cache.capacityBytes)
    }

    @Test func replacingAnEntryAdjustsTheSize() {
        let cache = ResultCache(capacityBytes: 100_000)
        cache.store("k", entry(1000))
        cache.store("k", entry(10))
        // (Not `== entry(10).cost`: two 10-byte arrays may get allocations of different usable sizes.)
        #expect(cache.statistics.entries == 1)
        #expect(cache.statistics.bytes < entry(1000).cost)
        #expect(cache.statistics.bytes <= 10 + 64 + CachedResponse.overheadBytes)
        #expect(cache.lookup("k")?.body.count == 10)
    }

    @Test func chargesAndKeepsOnlyTheBodyBytesOfAnOversizedBuffer() {
        // A body left in a buffer sized for something much larger (the uncompressed trace).
        var body = [UInt8](repeating: 1, count: 1 << 20)
        body.removeLast((1 << 20) - 1000)
        #expect(body.capacity >= 1 << 20)
        let cache = ResultCache(capacityBytes: 1 << 20)
        cache.store("k", CachedResponse(statusCode: 200, body: body, isGzip: false, plainLength: 1000))
        #expect(cache.statistics.bytes < 1000 + 64 + CachedResponse.overheadBytes)
        let kept = cache.lookup("k")
        #expect(kept?.body == body)
        #expect((kept?.body.capacity ?? .max) < 1000 + 64)
    }

    @Test func refusesEntriesOverAQuarterOfTheBudget() {
        let cache = ResultCache(capacityBytes: 4000)
        cache.store("big", entry(2000))
        #expect(cache.lookup("big") == nil)
    }

    @Test func zeroCapacityDisablesIt() {
        let cache = ResultCache(capacityBytes: 0)
        cache.store("k", entry(1))
        #expect(!cache.isEnabled)
        #expect(cache.lookup("k") == nil)
    }
}
