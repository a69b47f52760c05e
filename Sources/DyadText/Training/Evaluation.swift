/// Scores predicted annotation against gold, word by word (gold tokenization), as the CoNLL 2018
/// shared task does: LAS compares the universal part of relations (`nmod:poss` counts as `nmod`).
public struct Evaluation: Sendable {
    public var words = 0
    public var upos = 0
    public var xpos = 0
    public var lemma = 0
    public var uas = 0
    public var las = 0
    /// LAS with full relations, subtypes included.
    public var lasFull = 0

    public init() {}

    /// The relation without its subtype.
    public static func universal(_ rel: String) -> Substring {
        if let colon = rel.firstIndex(of: ":") { return rel[..<colon] }
        return Substring(rel)
    }

    /// Adds one sentence. `predicted` and `gold` have the same words in the same order.
    public mutating func add(predicted: CoNLLUSentence, gold: CoNLLUSentence) {
        for (p, g) in zip(predicted.words, gold.words) {
            words += 1
            if p.upos == g.upos { upos += 1 }
            if p.xpos == g.xpos { xpos += 1 }
            if p.lemma == g.lemma || g.lemma == "_" { lemma += 1 }
            if p.head == g.head {
                uas += 1
                if Evaluation.universal(p.deprel) == Evaluation.universal(g.deprel) { las += 1 }
                if p.deprel == g.deprel { lasFull += 1 }
            }
        }
    }

    func pct(_ x: Int) -> Double { words == 0 ? 0 : 100 * Double(x) / Double(words) }

    public var uposPercent: Double { pct(upos) }
    public var xposPercent: Double { pct(xpos) }
    public var lemmaPercent: Double { pct(lemma) }
    public var uasPercent: Double { pct(uas) }
    public var lasPercent: Double { pct(las) }
    public var lasFullPercent: Double { pct(lasFull) }
}

extension SyntacticAnalyzer {
    /// Analyses each gold sentence from its gold words and scores the result.
    public func evaluate(_ gold: [CoNLLUSentence]) -> Evaluation {
        var e = Evaluation()
        for g in gold where !g.words.isEmpty {
            e.add(predicted: analyze(g), gold: g)
        }
        return e
    }
}
