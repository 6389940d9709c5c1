extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them.
    ///
    /// DESIGN: `Array(repeating:count:)` allocates through the standard
    /// library's unspecialized `_allocateBufferUninitialized`, which looks
    /// up the metadata of the array's storage class in the runtime's
    /// generic-metadata cache on every call: ~370 instructions before any
    /// element is written, for each dict index table, set table and
    /// argument-binding array (a sixth of creating a small instance).
    /// Reserving capacity goes through the specialized allocation, whose
    /// metadata access is cached. Trivial elements are then copied in one
    /// pass; others appended one by one (a generic sequence append of a
    /// reference-holding struct costs more than the loop).
    @inline(__always)
    static func filled(with value: Element, count: Int) -> [Element] {
        var array = [Element]()
        array.reserveCapacity(count)
        if _isPOD(Element.self) {
            array.append(contentsOf: repeatElement(value, count: count))
        } else {
            var i = 0
            while i < count {
                array.append(value)
                i += 1
            }
        }
        return array
    }
}
