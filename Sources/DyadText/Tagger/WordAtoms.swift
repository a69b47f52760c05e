/// The hashed pieces of one word that tagger and parser features are built from.
struct WordAtoms: Sendable {
    /// Exact form (case kept).
    var form: UInt64
    /// Lowercased form; numbers collapse to their shape so "1984" and "2001" look alike.
    var word: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var prefix1: UInt64
    var prefix2: UInt64
    var prefix3: UInt64
    /// Shape with runs collapsed: "Xxx", "dd", "X.X.", "xx-xx".
    var shape: UInt64

    /// Padding before the first and after the last word.
    static let start = WordAtoms(marker: 0x5354_4152_54)
    static let end = WordAtoms(marker: 0x454E_44)

    private init(marker: UInt64) {
        let h = FeatureHash.finalize(marker)
        form = h; word = h; suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h
        prefix1 = h; prefix2 = h; prefix3 = h; shape = h
    }

    /// Computes the atoms of `text`; `scratch` is reused between calls to avoid allocation.
    init(_ text: String, scratch: inout [UInt32]) {
        scratch.removeAll(keepingCapacity: true)
        var formHash: UInt64 = 0xCBF2_9CE4_8422_2325
        var shapeHash: UInt64 = 0xCBF2_9CE4_8422_2325
        var lastShape: UInt32 = 0
        var run = 0
        var hasDigit = false
        var hasLetter = false
        var ascii = true
        for s in text.unicodeScalars {
            let v = s.value
            formHash = (formHash ^ UInt64(v)) &* 0x0000_0100_0000_01B3
            var shapeChar: UInt32
            var lower = v
            if v < 128 {
                if v >= 65 && v <= 90 { lower = v + 32; shapeChar = 88; hasLetter = true }  // X
                else if v >= 97 && v <= 122 { shapeChar = 120; hasLetter = true }  // x
                else if v >= 48 && v <= 57 { shapeChar = 100; hasDigit = true }  // d
                else { shapeChar = v }
            } else {
                ascii = false
                if s.properties.isUppercase { shapeChar = 88; hasLetter = true }
                else if s.properties.isAlphabetic { shapeChar = 120; hasLetter = true }
                else if s.properties.numericType != nil { shapeChar = 100; hasDigit = true }
                else { shapeChar = v }
            }
            scratch.append(lower)
            if shapeChar == lastShape { run += 1 } else { run = 1; lastShape = shapeChar }
            if run <= 3 { shapeHash = (shapeHash ^ UInt64(shapeChar)) &* 0x0000_0100_0000_01B3 }
        }
        if !ascii {
            scratch.removeAll(keepingCapacity: true)
            for s in text.lowercased().unicodeScalars { scratch.append(s.value) }
        }
        form = FeatureHash.finalize(formHash)
        shape = FeatureHash.finalize(shapeHash ^ 0x5348_4150_45)
        if hasDigit && !(hasLetter && scratch.count > 6) {
            word = FeatureHash.combine(shape, 0x4E55_4D)
        } else {
            word = FeatureHash.scalars(scratch)
        }
        let n = scratch.count
        func suf(_ k: Int) -> UInt64 {
            FeatureHash.combine(FeatureHash.scalars(scratch[max(0, n - k)...]), UInt64(k) | 0x5300)
        }
        func pre(_ k: Int) -> UInt64 {
            FeatureHash.combine(FeatureHash.scalars(scratch[..<min(n, k)]), UInt64(k) | 0x5000)
        }
        suffix1 = suf(1); suffix2 = suf(2); suffix3 = suf(3); suffix4 = suf(4)
        prefix1 = pre(1); prefix2 = pre(2); prefix3 = pre(3)
    }
}
