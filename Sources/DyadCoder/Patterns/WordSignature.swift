/// Which words a sentence has, as bits of a 4,096-bit signature (a Bloom filter with one
/// hash): a cheap test that a pattern's word is absent. It never says a word of the sentence is
/// absent; it says one that is absent may be present about once in 160 for a 25-word sentence,
/// and then the full match decides.
struct WordSignature {
    private var bits: [UInt64]

    init(_ words: [String]) {
        bits = [UInt64](repeating: 0, count: 64)
        for w in words {
            let h = Self.hash(w)
            bits[Int(h >> 6) & 63] |= 1 << UInt64(h & 63)
        }
    }

    /// Whether a word with this ``hash(_:)`` may be in the sentence.
    @inline(__always)
    func mayContain(_ h: UInt32) -> Bool {
        bits[Int(h >> 6) & 63] & (1 << UInt64(h & 63)) != 0
    }

    /// FNV-1a over the UTF-8 bytes, folded to 12 bits.
    static func hash(_ word: String) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in word.utf8 {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        return (h ^ (h >> 12) ^ (h >> 24)) & 4095
    }
}
