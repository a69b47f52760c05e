/// The tagger's feature templates: Honnibal-style word, affix and previous-tag features, with
/// shapes, a wider suffix window and word bigrams.
enum TaggerFeatures {
    static let count = 30

    /// Writes the features of word `i` into `out` (which has room for `count`).
    /// `atoms` is padded: word `i` is at `atoms[i + 2]`. `p1` and `p2` are the previous two tags (-1 before the start).
    @inline(__always)
    static func extract(_ i: Int, _ atoms: UnsafeBufferPointer<WordAtoms>, p1: Int, p2: Int,
                        into out: UnsafeMutablePointer<UInt64>) {
        let w = atoms[i + 2]
        let m1 = atoms[i + 1], m2 = atoms[i]
        let n1 = atoms[i + 3], n2 = atoms[i + 4]
        let t1 = UInt64(p1 + 2), t2 = UInt64(p2 + 2)
        typealias F = FeatureHash
        out[0] = F.feature(0, 0)
        out[1] = F.feature(1, w.word)
        out[2] = F.feature(2, w.form)
        out[3] = F.feature(3, w.suffix1)
        out[4] = F.feature(4, w.suffix2)
        out[5] = F.feature(5, w.suffix3)
        out[6] = F.feature(6, w.suffix4)
        out[7] = F.feature(7, w.prefix1)
        out[8] = F.feature(8, w.prefix2)
        out[9] = F.feature(9, w.prefix3)
        out[10] = F.feature(10, w.shape)
        out[11] = F.feature(11, t1)
        out[12] = F.feature(12, t2)
        out[13] = F.feature(13, t1, t2)
        out[14] = F.feature(14, t1, w.word)
        out[15] = F.feature(15, m1.word)
        out[16] = F.feature(16, m1.suffix3)
        out[17] = F.feature(17, m2.word)
        out[18] = F.feature(18, n1.word)
        out[19] = F.feature(19, n1.suffix3)
        out[20] = F.feature(20, n2.word)
        out[21] = F.feature(21, m1.shape)
        out[22] = F.feature(22, n1.shape)
        out[23] = F.feature(23, m1.word, w.word)
        out[24] = F.feature(24, w.word, n1.word)
        out[25] = F.feature(25, t1, w.suffix3)
        out[26] = F.feature(26, i == 0 ? 1 : 0, w.shape)
        out[27] = F.feature(27, t1, n1.word)
        out[28] = F.feature(28, n1.suffix2)
        out[29] = F.feature(29, n2.suffix3)
    }
}
