/// A stable sort driven by a throwing "less than", for `list.sort` and
/// `sorted`.
///
/// Like CPython's timsort it only ever asks "is the later element less than
/// the earlier one?", so a failing comparison raises the same TypeError
/// (`'<' not supported between instances of 'str' and 'int'` for
/// `sorted([1, 'a'])`). Short ranges use binary insertion; longer input is
/// merged bottom-up from sorted chunks.
public enum StableSort {
    /// Chunk length sorted by binary insertion before merging.
    static let chunk = 32

    /// Sorts `items` in place; an error from `lessThan` aborts the sort and
    /// leaves `items` in some permutation of its elements.
    public static func sort<T>(_ items: inout [T], by lessThan: (T, T) throws -> Bool) rethrows {
        let n = items.count
        if n < 2 { return }
        var start = 0
        while start < n {
            let end = min(start + chunk, n)
            try insertionSort(&items, start, end, lessThan)
            start = end
        }
        var width = chunk
        var buffer = items
        while width < n {
            var lo = 0
            while lo < n {
                let mid = min(lo + width, n)
                let hi = min(lo + 2 * width, n)
                try merge(items, into: &buffer, lo, mid, hi, lessThan)
                lo = hi
            }
            swap(&items, &buffer)
            width *= 2
        }
    }

    private static func insertionSort<T>(_ a: inout [T], _ lo: Int, _ hi: Int,
                                         _ lessThan: (T, T) throws -> Bool) rethrows {
        var i = lo + 1
        while i < hi {
            let pivot = a[i]
            // Rightmost place where pivot is not less than the element before.
            var left = lo, right = i
            while left < right {
                let mid = (left + right) / 2
                if try lessThan(pivot, a[mid]) { right = mid } else { left = mid + 1 }
            }
            var j = i
            while j > left { a[j] = a[j - 1]; j -= 1 }
            a[left] = pivot
            i += 1
        }
    }

    private static func merge<T>(_ src: [T], into dst: inout [T], _ lo: Int, _ mid: Int, _ hi: Int,
                                 _ lessThan: (T, T) throws -> Bool) rethrows {
        var i = lo, j = mid, k = lo
        while i < mid && j < hi {
            if try lessThan(src[j], src[i]) {
                dst[k] = src[j]; j += 1
            } else {
                dst[k] = src[i]; i += 1
            }
            k += 1
        }
        while i < mid { dst[k] = src[i]; i += 1; k += 1 }
        while j < hi { dst[k] = src[j]; j += 1; k += 1 }
    }
}
