extension String {
    /// The string of `scalars`, encoded to UTF-8 straight into the string's storage.
    ///
    /// Appending scalars to a `String.UnicodeScalarView` goes through the view's generic
    /// append one scalar at a time; tokenizing and lemmatizing build millions of short strings
    /// from slices of scalars, and this one pass is several times faster.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        if let s = scalars.withContiguousStorageIfAvailable({ String(scalars: $0) }) {
            self = s
            return
        }
        self.init(scalars: Array(scalars))
    }

    @inlinable
    public init(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        var count = 0
        for s in scalars {
            let v = s.value
            count &+= v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x1_0000 ? 3 : 4))
        }
        if count == 0 {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v)
                    i &+= 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i &+= 2
                } else if v < 0x1_0000 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i &+= 3
                } else {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[i &+ 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i &+ 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i &+= 4
                }
            }
            return i
        }
    }
}
