/// A 64-bit SimHash of an article body: texts that differ in a few words get fingerprints that
/// differ in a few bits, so near-duplicate articles (the same story from two sites, a page
/// fetched again with a changed footer) are found by Hamming distance.
///
/// The body is normalized (lower case; words are runs of letters and digits, everything else
/// separates them), cut into overlapping shingles of ``shingleWords`` words, and each shingle
/// hashed (FNV-1a per word, combined and mixed). Bit *i* of the fingerprint is set when more
/// shingle hashes have bit *i* set than clear (Charikar 2002; Manku, Jain and Das Sarma 2007).
/// Bodies shorter than ``minimumWords`` have no fingerprint: on a few words a single changed word
/// moves the fingerprint too little to tell a different story from the same one.
///
/// ```swift
/// let a = SimHash.fingerprint(article.body)            // UInt64?
/// if let a, let b, SimHash.distance(a, b) <= 3 { ... }  // near duplicates
/// ```
public enum SimHash {
    public static let shingleWords = 3
    public static let minimumWords = 24

    /// The fingerprint of the paragraphs, or nil when they hold fewer than ``minimumWords`` words.
    public static func fingerprint(_ paragraphs: [String]) -> UInt64? {
        let words = wordHashes(paragraphs)
        guard words.count >= minimumWords else { return nil }
        var counts = [Int32](repeating: 0, count: 64)
        for i in 0...(words.count - shingleWords) {
            var h: UInt64 = 0
            for k in 0..<shingleWords { h = (h &* 0x9E37_79B9_7F4A_7C15) ^ words[i + k] }
            h = mix(h)
            for bit in 0..<64 {
                counts[bit] += (h >> UInt64(bit)) & 1 == 1 ? 1 : -1
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    /// The number of bits in which two fingerprints differ.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int {
        (a ^ b).nonzeroBitCount
    }

    /// FNV-1a hashes of the lowercased words (runs of letters and digits) of the paragraphs.
    static func wordHashes(_ paragraphs: [String]) -> [UInt64] {
        var hashes: [UInt64] = []
        let offset: UInt64 = 0xcbf2_9ce4_8422_2325
        var h = offset
        var inWord = false
        func end() {
            if inWord { hashes.append(h) }
            h = offset
            inWord = false
        }
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars {
                let v = scalar.value
                if v < 128 {
                    // ASCII without the Unicode tables: the common case.
                    let isUpper = v >= 65 && v <= 90
                    if isUpper || (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                        h ^= UInt64(isUpper ? v + 32 : v)
                        h = h &* 0x0000_0100_0000_01b3
                        inWord = true
                    } else {
                        end()
                    }
                    continue
                }
                let p = scalar.properties
                if p.isAlphabetic || p.numericType != nil {
                    for lower in p.lowercaseMapping.utf8 {
                        h ^= UInt64(lower)
                        h = h &* 0x0000_0100_0000_01b3
                    }
                    inWord = true
                } else {
                    end()
                }
            }
            end()
        }
        return hashes
    }

    /// The SplitMix64 finalizer: spreads every input bit over every output bit.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
