/// A stable sort driven by a throwing "less than", for `list.sort` and
/// `sorted`: CPython 3.11's timsort (natural runs, binary insertion up to
/// the minimum run length, galloping merges ordered by powersort), so it
/// makes CPython's comparisons in CPython's order. A logging `__lt__`
/// prints the same lines, and a mixed list raises the same TypeError
/// (`'<' not supported between instances of 'str' and 'int'` for
/// `sorted([1, 'a'])`).
///
/// It only ever asks "is x less than y?". When a comparison throws, the
/// array is left a permutation of its elements (what a merge held aside is
/// put back), as CPython leaves the list.
public enum StableSort {
    /// Sorts `items` in place.
    public static func sort<T>(_ items: inout [T], by lessThan: (T, T) throws -> Bool) rethrows {
        let n = items.count
        if n < 2 { return }
        var state = MergeState()
        let minRun = minimumRun(n)
        var lo = 0, remaining = n
        while remaining > 0 {
            let found = try countRun(items, lo, lo + remaining, lessThan)
            var run = found.length
            if found.descending { items[lo..<lo + run].reverse() }
            if run < minRun {
                let force = min(remaining, minRun)
                try binarySort(&items, lo, lo + force, start: lo + run, lessThan)
                run = force
            }
            if let last = state.runs.last {
                let power = powerLoop(last.base, last.length, run, n)
                while state.runs.count > 1 && state.runs[state.runs.count - 2].power > power {
                    try mergeAt(&items, &state, state.runs.count - 2, lessThan)
                }
                state.runs[state.runs.count - 1].power = power
            }
            state.runs.append(Run(base: lo, length: run, power: 0))
            lo += run
            remaining -= run
        }
        while state.runs.count > 1 {
            var k = state.runs.count - 2
            if k > 0 && state.runs[k - 1].length < state.runs[k + 1].length { k -= 1 }
            try mergeAt(&items, &state, k, lessThan)
        }
    }

    /// Galloping starts after this many consecutive wins of one run.
    static let minGallop = 7

    /// A pending run: `length` sorted elements from `base`, and its node
    /// depth in powersort's merge tree.
    struct Run {
        var base: Int
        var length: Int
        var power: Int
    }

    /// The adaptive gallop threshold and the stack of pending runs.
    struct MergeState {
        var minGallop = StableSort.minGallop
        var runs: [Run] = []
    }

    /// Runs shorter than this are extended by binary insertion: `n` below
    /// 64, else a length in 32...64 making n / length just below a power
    /// of two.
    static func minimumRun(_ n: Int) -> Int {
        var n = n, r = 0
        while n >= 64 {
            r |= n & 1
            n >>= 1
        }
        return n + r
    }

    /// The run starting at `lo`: non-descending, or strictly descending
    /// when the second element is less than the first.
    static func countRun<T>(_ a: [T], _ lo: Int, _ hi: Int,
                            _ lessThan: (T, T) throws -> Bool) rethrows -> (length: Int, descending: Bool) {
        if lo + 1 == hi { return (1, false) }
        var i = lo + 2
        if try lessThan(a[lo + 1], a[lo]) {
            while i < hi, try lessThan(a[i], a[i - 1]) { i += 1 }
            return (i - lo, true)
        }
        while i < hi, !(try lessThan(a[i], a[i - 1])) { i += 1 }
        return (i - lo, false)
    }

    /// Binary insertion of `a[start..<hi]` into the sorted `a[lo..<start]`.
    static func binarySort<T>(_ a: inout [T], _ lo: Int, _ hi: Int, start: Int,
                              _ lessThan: (T, T) throws -> Bool) rethrows {
        var next = start == lo ? start + 1 : start
        while next < hi {
            let pivot = a[next]
            var l = lo, r = next
            while l < r {
                let p = l + ((r - l) >> 1)
                if try lessThan(pivot, a[p]) { r = p } else { l = p + 1 }
            }
            var p = next
            while p > l {
                a[p] = a[p - 1]
                p -= 1
            }
            a[l] = pivot
            next += 1
        }
    }

    /// Where `key` goes in the sorted `a[base..<base+n]`, left of equal
    /// elements, searching out from `hint`.
    static func gallopLeft<T>(_ key: T, _ a: [T], _ base: Int, _ n: Int, _ hint: Int,
                              _ lessThan: (T, T) throws -> Bool) rethrows -> Int {
        var lastOffset = 0, offset = 1
        if try lessThan(a[base + hint], key) {
            let maxOffset = n - hint
            while offset < maxOffset, try lessThan(a[base + hint + offset], key) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            lastOffset += hint
            offset += hint
        } else {
            let maxOffset = hint + 1
            while offset < maxOffset, !(try lessThan(a[base + hint - offset], key)) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            (lastOffset, offset) = (hint - offset, hint - lastOffset)
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            if try lessThan(a[base + m], key) { lastOffset = m + 1 } else { offset = m }
        }
        return offset
    }

    /// Where `key` goes in the sorted `a[base..<base+n]`, right of equal
    /// elements, searching out from `hint`.
    static func gallopRight<T>(_ key: T, _ a: [T], _ base: Int, _ n: Int, _ hint: Int,
                               _ lessThan: (T, T) throws -> Bool) rethrows -> Int {
        var lastOffset = 0, offset = 1
        if try lessThan(key, a[base + hint]) {
            let maxOffset = hint + 1
            while offset < maxOffset, try lessThan(key, a[base + hint - offset]) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            (lastOffset, offset) = (hint - offset, hint - lastOffset)
        } else {
            let maxOffset = n - hint
            while offset < maxOffset, !(try lessThan(key, a[base + hint + offset])) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            lastOffset += hint
            offset += hint
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            if try lessThan(key, a[base + m]) { offset = m } else { lastOffset = m + 1 }
        }
        return offset
    }

    /// Powersort's depth of the boundary between the run at `s1` (length
    /// `n1`) and the next (length `n2`) in a list of `n`.
    static func powerLoop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * s1 + n1, b = a + n1 + n2
        while true {
            result += 1
            if a >= n {
                a -= n
                b -= n
            } else if b >= n {
                break
            }
            a <<= 1
            b <<= 1
        }
        return result
    }

    /// Merges pending runs `i` and `i + 1`, skipping the prefix of the
    /// first and the suffix of the second already in place.
    static func mergeAt<T>(_ a: inout [T], _ state: inout MergeState, _ i: Int,
                           _ lessThan: (T, T) throws -> Bool) rethrows {
        var pa = state.runs[i].base, na = state.runs[i].length
        let pb = state.runs[i + 1].base, nbAll = state.runs[i + 1].length
        state.runs[i].length = na + nbAll
        state.runs.remove(at: i + 1)
        let k = try gallopRight(a[pb], a, pa, na, 0, lessThan)
        pa += k
        na -= k
        if na == 0 { return }
        let nb = try gallopLeft(a[pa + na - 1], a, pb, nbAll, nbAll - 1, lessThan)
        if nb <= 0 { return }
        if na <= nb {
            try mergeLow(&a, &state, pa, na, pb, nb, lessThan)
        } else {
            try mergeHigh(&a, &state, pa, na, pb, nb, lessThan)
        }
    }

    /// Merges `a[pa..<pa+na]` (the shorter, held aside) with the run after
    /// it, from the left; the last element of the first run belongs last.
    static func mergeLow<T>(_ a: inout [T], _ state: inout MergeState, _ pa: Int, _ naAll: Int,
                            _ pb: Int, _ nbAll: Int, _ lessThan: (T, T) throws -> Bool) rethrows {
        let held = Array(a[pa..<pa + naAll])
        var na = naAll, nb = nbAll
        var ia = 0, ib = pb, dest = pa
        var lastOfAGoesLast = false
        defer {
            if lastOfAGoesLast {
                for j in 0..<nb { a[dest + j] = a[ib + j] }
                a[dest + nb] = held[ia]
            } else {
                // Finished, or a comparison threw: what is held goes back.
                for j in 0..<na { a[dest + j] = held[ia + j] }
            }
        }
        a[dest] = a[ib]
        dest += 1; ib += 1; nb -= 1
        if nb == 0 { return }
        if na == 1 { lastOfAGoesLast = true; return }
        var gallopAt = state.minGallop
        while true {
            var aWins = 0, bWins = 0
            while true {
                if try lessThan(a[ib], held[ia]) {
                    a[dest] = a[ib]
                    dest += 1; ib += 1; nb -= 1
                    bWins += 1; aWins = 0
                    if nb == 0 { return }
                    if bWins >= gallopAt { break }
                } else {
                    a[dest] = held[ia]
                    dest += 1; ia += 1; na -= 1
                    aWins += 1; bWins = 0
                    if na == 1 { lastOfAGoesLast = true; return }
                    if aWins >= gallopAt { break }
                }
            }
            gallopAt += 1
            repeat {
                if gallopAt > 1 { gallopAt -= 1 }
                state.minGallop = gallopAt
                var k = try gallopRight(a[ib], held, ia, na, 0, lessThan)
                aWins = k
                if k > 0 {
                    for j in 0..<k { a[dest + j] = held[ia + j] }
                    dest += k; ia += k; na -= k
                    if na == 1 { lastOfAGoesLast = true; return }
                    if na == 0 { return }
                }
                a[dest] = a[ib]
                dest += 1; ib += 1; nb -= 1
                if nb == 0 { return }
                k = try gallopLeft(held[ia], a, ib, nb, 0, lessThan)
                bWins = k
                if k > 0 {
                    for j in 0..<k { a[dest + j] = a[ib + j] }
                    dest += k; ib += k; nb -= k
                    if nb == 0 { return }
                }
                a[dest] = held[ia]
                dest += 1; ia += 1; na -= 1
                if na == 1 { lastOfAGoesLast = true; return }
            } while aWins >= minGallop || bWins >= minGallop
            gallopAt += 1
            state.minGallop = gallopAt
        }
    }

    /// Merges the run before `a[pb..<pb+nb]` (that one the shorter, held
    /// aside) from the right; the first element of the second run belongs
    /// first.
    static func mergeHigh<T>(_ a: inout [T], _ state: inout MergeState, _ pa: Int, _ naAll: Int,
                             _ pb: Int, _ nbAll: Int, _ lessThan: (T, T) throws -> Bool) rethrows {
        let held = Array(a[pb..<pb + nbAll])
        var na = naAll, nb = nbAll
        var dest = pb + nbAll - 1, ia = pa + naAll - 1, ib = nbAll - 1
        var firstOfBGoesFirst = false
        defer {
            if firstOfBGoesFirst {
                var j = na - 1
                while j >= 0 {
                    a[dest - na + 1 + j] = a[ia - na + 1 + j]
                    j -= 1
                }
                a[dest - na] = held[ib]
            } else {
                // Finished, or a comparison threw: what is held goes back.
                for j in 0..<nb { a[dest - nb + 1 + j] = held[j] }
            }
        }
        a[dest] = a[ia]
        dest -= 1; ia -= 1; na -= 1
        if na == 0 { return }
        if nb == 1 { firstOfBGoesFirst = true; return }
        var gallopAt = state.minGallop
        while true {
            var aWins = 0, bWins = 0
            while true {
                if try lessThan(held[ib], a[ia]) {
                    a[dest] = a[ia]
                    dest -= 1; ia -= 1; na -= 1
                    aWins += 1; bWins = 0
                    if na == 0 { return }
                    if aWins >= gallopAt { break }
                } else {
                    a[dest] = held[ib]
                    dest -= 1; ib -= 1; nb -= 1
                    bWins += 1; aWins = 0
                    if nb == 1 { firstOfBGoesFirst = true; return }
                    if bWins >= gallopAt { break }
                }
            }
            gallopAt += 1
            repeat {
                if gallopAt > 1 { gallopAt -= 1 }
                state.minGallop = gallopAt
                var k = na - (try gallopRight(held[ib], a, pa, na, na - 1, lessThan))
                aWins = k
                if k > 0 {
                    dest -= k; ia -= k
                    var j = k - 1
                    while j >= 0 {
                        a[dest + 1 + j] = a[ia + 1 + j]
                        j -= 1
                    }
                    na -= k
                    if na == 0 { return }
                }
                a[dest] = held[ib]
                dest -= 1; ib -= 1; nb -= 1
                if nb == 1 { firstOfBGoesFirst = true; return }
                k = nb - (try gallopLeft(a[ia], held, 0, nb, nb - 1, lessThan))
                bWins = k
                if k > 0 {
                    dest -= k; ib -= k
                    for j in 0..<k { a[dest + 1 + j] = held[ib + 1 + j] }
                    nb -= k
                    if nb == 1 { firstOfBGoesFirst = true; return }
                    if nb == 0 { return }
                }
                a[dest] = a[ia]
                dest -= 1; ia -= 1; na -= 1
                if na == 0 { return }
            } while aWins >= minGallop || bWins >= minGallop
            gallopAt += 1
            state.minGallop = gallopAt
        }
    }
}
