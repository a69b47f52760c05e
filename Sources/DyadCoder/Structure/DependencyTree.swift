import DyadCore

/// The dependency tree of a parsed sentence, indexed for the questions the coder asks: a
/// token's dependents, its relation, and the token span of its subtree.
struct DependencyTree: Sendable {
    /// Head of each token, -1 for the root.
    let heads: [Int]
    /// UD relation of each token, subtype included ("nsubj:pass").
    let relations: [String]
    /// UD relation of each token without its subtype ("nsubj:pass" -> "nsubj").
    let baseRelations: [String]
    let children: [[Int]]
    /// First and one-past-last token of each subtree.
    let spans: [Range<Int>]

    /// The tree of `sentence`, or nil when it is not parsed (or its heads are inconsistent).
    init?(_ sentence: Sentence) {
        let n = sentence.tokens.count
        var heads = [Int](repeating: -1, count: n)
        var relations = [String](repeating: "dep", count: n)
        var children = [[Int]](repeating: [], count: n)
        for (i, t) in sentence.tokens.enumerated() {
            guard let h = t.head, h >= -1, h < n, h != i else { return nil }
            heads[i] = h
            relations[i] = t.deprel ?? "dep"
            if h >= 0 { children[h].append(i) }
        }
        var lo = Array(0..<n)
        var hi = (0..<n).map { $0 + 1 }
        // Propagate spans upward; a well-formed tree has depth < n, so n rounds always settle.
        for i in 0..<n {
            var h = heads[i]
            var steps = 0
            while h >= 0 && steps < n {
                lo[h] = min(lo[h], i)
                hi[h] = max(hi[h], i + 1)
                h = heads[h]
                steps += 1
            }
            if steps >= n { return nil }  // a cycle
        }
        self.heads = heads
        self.relations = relations
        baseRelations = relations.map { r in
            guard let colon = r.utf8.firstIndex(of: UInt8(ascii: ":")) else { return r }
            return String(r[..<colon])
        }
        self.children = children
        spans = (0..<n).map { lo[$0]..<hi[$0] }
    }

    /// The relation without its subtype ("nsubj:pass" -> "nsubj").
    func baseRelation(_ i: Int) -> String { baseRelations[i] }

    /// Dependents of `i` with one of the given relations (subtypes included exactly).
    func dependents(of i: Int, _ rels: Set<String>) -> [Int] {
        children[i].filter { rels.contains(relations[$0]) }
    }

    /// Dependents of `i` with one of a few relations (subtypes included exactly): a list
    /// written in place, compared word by word rather than built into a set at each call.
    func dependents(of i: Int, _ rels: [String]) -> [Int] {
        children[i].filter { rels.contains(relations[$0]) }
    }

    /// The span of `i`'s subtree, cut short of the subtree of `sub` (one of its descendants)
    /// on the side where that lies.
    func span(of i: Int, excluding sub: Int? = nil) -> Range<Int> {
        guard let sub, spans[i].contains(sub) else { return spans[i] }
        let inner = spans[sub]
        if inner.lowerBound > spans[i].lowerBound { return spans[i].lowerBound..<inner.lowerBound }
        return inner.upperBound..<spans[i].upperBound
    }
}
