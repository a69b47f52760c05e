/// Hashing of strings and small integers into 64-bit feature keys.
///
/// Feature strings never exist at run time: each token's atoms (word, suffixes, shape) are hashed
/// once per sentence, and each feature key is a template number combined with those atom hashes.
enum FeatureHash {
    /// The splitmix64 finaliser: a cheap, well-mixing bijection on 64-bit integers.
    @inline(__always)
    static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Combines a running hash with one more value; order matters.
    @inline(__always)
    static func combine(_ h: UInt64, _ v: UInt64) -> UInt64 {
        finalize((h &* 0x0000_0100_0000_01B3) ^ (v &+ 0x9E37_79B9_7F4A_7C15))
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        combine(finalize(template &+ 0x51_7CC1_B727_220A), a)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        combine(combine(finalize(template &+ 0x51_7CC1_B727_220A), a), b)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(combine(combine(finalize(template &+ 0x51_7CC1_B727_220A), a), b), c)
    }

    /// FNV-1a over Unicode scalar values, finalised.
    @inline(__always)
    static func scalars<C: Collection>(_ values: C) -> UInt64 where C.Element == UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in values {
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        }
        return finalize(h)
    }

    /// Hash of a string's Unicode scalars (same value as `scalars` over them).
    static func string(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in s.unicodeScalars {
            h = (h ^ UInt64(v.value)) &* 0x0000_0100_0000_01B3
        }
        return finalize(h)
    }

    /// FNV-1a over raw bytes, used as a file checksum.
    static func bytes(_ data: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in data {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
