/// Which feature templates a parser scores with; recorded in its model file (format version 4),
/// files of versions 1 to 3 have the word and tag templates.
public enum ParserFeatureSet: UInt32, Sendable, CaseIterable {
    /// The 96 Zhang & Nivre templates over word and tag atoms.
    case wordsAndTags = 0
    /// The same and 10 more over the lowercased 3-letter suffix and the shape of the stack and
    /// buffer tops, alone and paired with the other top's tag, so a rare word carries more than
    /// its tag.
    case suffixes = 1

    /// Feature templates of the set.
    public var count: Int {
        switch self {
        case .wordsAndTags: 96
        case .suffixes: 106
        }
    }

    /// The name `dyad train parser --features` takes.
    public var name: String {
        switch self {
        case .wordsAndTags: "words"
        case .suffixes: "suffixes"
        }
    }

    public init?(name: String) {
        guard let s = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = s
    }
}

/// Feature templates for the arc-hybrid parser, after Zhang & Nivre (2011): words and tags of
/// the stack and buffer tops, their leftmost/rightmost children and those children's labels,
/// pairs and triples, distance, valency and the label sets of children; with
/// `ParserFeatureSet.suffixes`, also suffixes and shapes of the tops.
struct ParserFeatures {
    /// Templates of the word and tag set.
    static let count = ParserFeatureSet.wordsAndTags.count

    let featureSet: ParserFeatureSet
    /// Features `extract` writes.
    var count: Int { featureSet.count }
    /// Word atom per position: 0..<n words, n the root, n+1 "none".
    let words: [UInt64]
    /// Tag atom per position, same layout.
    let tags: [UInt64]
    /// Word and tag atoms combined, per position: computed once per sentence.
    let wordTags: [UInt64]
    /// 3-letter suffix and shape atoms per position (`.suffixes` only; empty otherwise).
    let suffixes: [UInt64]
    let shapes: [UInt64]

    init(words w: [UInt64], tags t: [UInt64]) {
        self.init(words: w, tags: t, suffixes: [], shapes: [], set: .wordsAndTags)
    }

    /// The features of a sentence's words for parsers of feature set `set`.
    init(atoms: some Collection<WordAtoms>, tags t: [UInt64], set: ParserFeatureSet) {
        let w = atoms.map(\.word)
        if set == .wordsAndTags {
            self.init(words: w, tags: t, suffixes: [], shapes: [], set: set)
        } else {
            self.init(words: w, tags: t, suffixes: atoms.map(\.suffix3), shapes: atoms.map(\.shape), set: set)
        }
    }

    private init(words w: [UInt64], tags t: [UInt64], suffixes sf: [UInt64], shapes sh: [UInt64], set: ParserFeatureSet) {
        let n = w.count
        var words = w
        var tags = t
        let root = FeatureHash.finalize(0x524F_4F54), none = FeatureHash.finalize(0x4E4F_4E45)
        words.append(root)  // ROOT
        tags.append(root)
        words.append(none)  // NONE
        tags.append(none)
        precondition(words.count == n + 2)
        self.featureSet = set
        self.words = words
        self.tags = tags
        wordTags = (0..<n + 2).map { FeatureHash.combine(words[$0], tags[$0]) }
        if set == .wordsAndTags {
            suffixes = []
            shapes = []
        } else {
            precondition(sf.count == n && sh.count == n)
            suffixes = sf + [root, none]
            shapes = sh + [root, none]
        }
    }

    /// Writes the features of `state` into `out`.
    func extract(_ st: ParseState, into out: UnsafeMutablePointer<UInt64>) {
        let n = st.n
        let none = n + 1
        @inline(__always) func pos(_ x: Int) -> Int { x < 0 ? none : x }
        let s0 = pos(st.s0), s1 = pos(st.s1), s2 = pos(st.s2)
        let b0 = st.b  // n when only the root remains
        let b1 = st.b + 1 < n ? st.b + 1 : none
        let b2 = st.b + 2 < n ? st.b + 2 : none
        @inline(__always) func child(_ a: [Int], _ x: Int) -> Int { x >= n ? none : pos(a[x]) }
        let s0l = child(st.leftmost, s0), s0l2 = child(st.leftmost2, s0)
        let s0r = child(st.rightmost, s0), s0r2 = child(st.rightmost2, s0)
        let s1l = child(st.leftmost, s1), s1r = child(st.rightmost, s1), s1r2 = child(st.rightmost2, s1)
        let b0l = child(st.leftmost, b0), b0l2 = child(st.leftmost2, b0)

        let W = words, T = tags, WT = wordTags
        @inline(__always) func lab(_ x: Int) -> UInt64 { x >= n ? 0 : UInt64(st.labels[x] + 2) }
        @inline(__always) func wt(_ x: Int) -> UInt64 { WT[x] }

        let s0w = W[s0], s0t = T[s0], s0wt = wt(s0)
        let s1w = W[s1], s1t = T[s1], s1wt = wt(s1)
        let b0w = W[b0], b0t = T[b0], b0wt = wt(b0)
        let b1w = W[b1], b1t = T[b1], b2t = T[b2], s2t = T[s2]

        var dist: UInt64 = 0
        if s0 != none && b0 < n {
            let d = b0 - s0
            dist = d <= 4 ? UInt64(d) : (d <= 7 ? 5 : 6)
        } else if b0 == n {
            dist = 7
        }
        var dist1: UInt64 = 0
        if s0 != none && s1 != none {
            let d = s0 - s1
            dist1 = d <= 4 ? UInt64(d) : (d <= 7 ? 5 : 6)
        }
        @inline(__always) func cnt(_ a: [Int], _ x: Int) -> UInt64 { x >= n ? 9 : UInt64(min(a[x], 6)) }
        @inline(__always) func set(_ a: [UInt64], _ x: Int) -> UInt64 { x >= n ? 1 : a[x] }
        let s0vl = cnt(st.leftCount, s0), s0vr = cnt(st.rightCount, s0)
        let s1vl = cnt(st.leftCount, s1), s1vr = cnt(st.rightCount, s1)
        let b0vl = cnt(st.leftCount, b0)
        let s0sl = set(st.leftLabels, s0), s0sr = set(st.rightLabels, s0)
        let s1sl = set(st.leftLabels, s1), s1sr = set(st.rightLabels, s1)
        let b0sl = set(st.leftLabels, b0)

        typealias F = FeatureHash
        var k = 0
        @inline(__always) func put(_ v: UInt64) { out[k] = v; k += 1 }
        // single positions
        put(F.feature(0, s0w)); put(F.feature(1, s0t)); put(F.feature(2, s0wt))
        put(F.feature(3, s1w)); put(F.feature(4, s1t)); put(F.feature(5, s1wt))
        put(F.feature(6, b0w)); put(F.feature(7, b0t)); put(F.feature(8, b0wt))
        put(F.feature(9, b1w)); put(F.feature(10, b1t)); put(F.feature(11, wt(b1)))
        put(F.feature(12, W[b2])); put(F.feature(13, b2t)); put(F.feature(14, s2t)); put(F.feature(15, W[s2]))
        // s0 / b0 pairs
        put(F.feature(16, s0wt, b0wt)); put(F.feature(17, s0wt, b0w)); put(F.feature(18, s0w, b0wt))
        put(F.feature(19, s0wt, b0t)); put(F.feature(20, s0t, b0wt)); put(F.feature(21, s0w, b0w))
        put(F.feature(22, s0t, b0t)); put(F.feature(23, b0t, b1t))
        // s1 / s0 pairs (RIGHT attaches s0 to s1)
        put(F.feature(24, s1wt, s0wt)); put(F.feature(25, s1wt, s0w)); put(F.feature(26, s1w, s0wt))
        put(F.feature(27, s1wt, s0t)); put(F.feature(28, s1t, s0wt)); put(F.feature(29, s1w, s0w))
        put(F.feature(30, s1t, s0t))
        // triples of tags
        put(F.feature(31, b0t, b1t, b2t)); put(F.feature(32, s0t, b0t, b1t)); put(F.feature(33, s1t, s0t, b0t))
        put(F.feature(34, s2t, s1t, s0t)); put(F.feature(35, s1t, s0t, b1t))
        put(F.feature(36, s0t, T[s0l], b0t)); put(F.feature(37, s0t, T[s0r], b0t)); put(F.feature(38, s0t, b0t, T[b0l]))
        put(F.feature(39, s1t, s0t, T[s0l])); put(F.feature(40, s1t, s0t, T[s0r]))
        put(F.feature(41, s1t, T[s1r], s0t)); put(F.feature(42, s1t, T[s1l], s0t))
        // distance
        put(F.feature(43, s0w, dist)); put(F.feature(44, s0t, dist)); put(F.feature(45, b0w, dist))
        put(F.feature(46, b0t, dist)); put(F.feature(47, s0w, b0w, dist)); put(F.feature(48, s0t, b0t, dist))
        put(F.feature(49, s1t, s0t, dist1)); put(F.feature(50, s1w, s0w, dist1))
        // valency
        put(F.feature(51, s0w, s0vr)); put(F.feature(52, s0t, s0vr)); put(F.feature(53, s0w, s0vl))
        put(F.feature(54, s0t, s0vl)); put(F.feature(55, s1w, s1vr)); put(F.feature(56, s1t, s1vr))
        put(F.feature(57, s1t, s1vl)); put(F.feature(58, b0w, b0vl)); put(F.feature(59, b0t, b0vl))
        // children
        put(F.feature(60, W[s0l])); put(F.feature(61, T[s0l])); put(F.feature(62, lab(s0l)))
        put(F.feature(63, W[s0r])); put(F.feature(64, T[s0r])); put(F.feature(65, lab(s0r)))
        put(F.feature(66, T[s1l])); put(F.feature(67, lab(s1l)))
        put(F.feature(68, W[s1r])); put(F.feature(69, T[s1r])); put(F.feature(70, lab(s1r)))
        put(F.feature(71, W[b0l])); put(F.feature(72, T[b0l])); put(F.feature(73, lab(b0l)))
        // second children
        put(F.feature(74, W[s0l2])); put(F.feature(75, T[s0l2])); put(F.feature(76, lab(s0l2)))
        put(F.feature(77, T[s0r2])); put(F.feature(78, lab(s0r2)))
        put(F.feature(79, T[s1r2])); put(F.feature(80, lab(s1r2)))
        put(F.feature(81, T[b0l2])); put(F.feature(82, lab(b0l2)))
        put(F.feature(83, s0t, T[s0l], T[s0l2])); put(F.feature(84, s0t, T[s0r], T[s0r2]))
        put(F.feature(85, s1t, T[s1r], T[s1r2])); put(F.feature(86, b0t, T[b0l], T[b0l2]))
        // label sets
        put(F.feature(87, s0w, s0sr)); put(F.feature(88, s0t, s0sr)); put(F.feature(89, s0w, s0sl))
        put(F.feature(90, s0t, s0sl)); put(F.feature(91, s1w, s1sr)); put(F.feature(92, s1t, s1sr))
        put(F.feature(93, s1t, s1sl)); put(F.feature(94, b0w, b0sl)); put(F.feature(95, b0t, b0sl))
        assert(k == ParserFeatures.count)
        guard featureSet == .suffixes else { return }
        let S = suffixes, H = shapes
        let s0s = S[s0], b0s = S[b0]
        put(F.feature(96, s0s)); put(F.feature(97, b0s)); put(F.feature(98, S[b1]))
        put(F.feature(99, s0s, b0t)); put(F.feature(100, s0t, b0s)); put(F.feature(101, s0s, b0s))
        put(F.feature(102, s1t, s0s)); put(F.feature(103, S[s1], s0t))
        put(F.feature(104, H[s0], s0t)); put(F.feature(105, H[b0], b0t))
        assert(k == ParserFeatureSet.suffixes.count)
    }
}
