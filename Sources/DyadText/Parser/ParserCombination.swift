import DyadCore
import Foundation

/// Combines the trees several parsers give one sentence by reparsing (Sagae & Lavie 2006): each
/// parser votes for its arcs, a vote weighing the parser's weight scaled by its confidence in
/// the arc, and the projective tree with the most votes (one word attached to the root) is
/// found with Eisner's algorithm. Each word's relation is the one most votes for the chosen arc
/// gave it.
public struct ParserCombination: Sendable {
    /// Weight of each parser's votes, in the order the trees are given; parsers beyond the list
    /// weigh 1. Equal totals favour the earlier parser.
    public var weights: [Float]
    /// Share of a vote that depends on the parser's confidence: a vote counts
    /// `weight * (1 - confidence + confidence * tanh(margin / scale))`, where the margin is the
    /// score of the transition that made the arc minus the best score of one that would not
    /// have. 0 counts every vote in full.
    public var confidence: Float
    /// Margin at which a vote counts about three quarters of its confidence share.
    public var scale: Float

    public init(weights: [Float] = [], confidence: Float = 0, scale: Float = 1) {
        self.weights = weights
        self.confidence = confidence
        self.scale = scale
    }

    /// One parser's tree: heads (0-based, -1 for the root), relation indices (in a shared
    /// relation list) and each arc's margin.
    public struct Tree: Sendable {
        public var heads: [Int]
        public var labels: [Int]
        public var margins: [Float]

        public init(heads: [Int], labels: [Int], margins: [Float]) {
            self.heads = heads
            self.labels = labels
            self.margins = margins
        }
    }

    /// The combined tree of `trees`, which must all cover the same words.
    public func combine(_ trees: [Tree]) -> (heads: [Int], labels: [Int]) {
        guard let first = trees.first else { return ([], []) }
        let n = first.heads.count
        if trees.count == 1 || n == 0 { return (first.heads, first.labels) }
        let m = n + 1
        // Arcs no parser proposed stay far below any proposed one, so the chosen tree uses only
        // proposed arcs whenever one parser's tree is projective.
        var score = [Float](repeating: -1e6, count: m * m)
        for (p, t) in trees.enumerated() {
            let w = weight(p)
            let tie = Self.tie(p, of: trees.count)
            for d in 0..<n {
                let h = t.heads[d] + 1
                var vote = w
                if confidence > 0 {
                    let margin = t.margins[d].isFinite ? max(0, t.margins[d]) : 1e9
                    vote = w * (1 - confidence + confidence * Float(tanh(Double(margin / scale))))
                }
                let i = h * m + d + 1
                score[i] = (score[i] <= -1e6 ? 0 : score[i]) + vote + tie
            }
        }
        let heads = ParserCombination.eisner(score, count: n)
        var labels = [Int](repeating: 0, count: n)
        var votes = [Float](repeating: 0, count: trees.count)
        for d in 0..<n {
            // Each parser choosing the arc adds its weight to the first such parser with the
            // same relation; the relation with the most weight wins, the earliest among equals.
            var best = -1
            for (p, t) in trees.enumerated() {
                votes[p] = 0
                guard t.heads[d] == heads[d] else { continue }
                let v = weight(p) + Self.tie(p, of: trees.count)
                var q = 0
                while q < p && !(trees[q].heads[d] == heads[d] && trees[q].labels[d] == t.labels[d]) { q += 1 }
                votes[q] += v
                if best < 0 || votes[q] > votes[best] { best = q }
            }
            labels[d] = best >= 0 ? trees[best].labels[d] : first.labels[d]
        }
        return (heads, labels)
    }

    /// Parser `p`'s weight; parsers beyond `weights` weigh 1.
    private func weight(_ p: Int) -> Float { p < weights.count ? weights[p] : 1 }

    /// What parser `p` of `count` adds to its votes so that earlier parsers break ties.
    private static func tie(_ p: Int, of count: Int) -> Float { Float(count - p) * 1e-4 }

    /// The highest-scoring projective tree with one word attached to the root (Eisner 1996).
    /// `score[h * (count + 1) + d]` scores head h for dependent d, position 0 being the root
    /// and word i position i + 1. Returns heads 0-based, -1 for the root.
    static func eisner(_ score: [Float], count n: Int) -> [Int] {
        if n == 0 { return [] }
        let m = n + 1
        // complete[s, t, dir] and incomplete[s, t, dir]; dir 0: head at t, dir 1: head at s.
        var complete = [Float](repeating: 0, count: m * m * 2)
        var incomplete = [Float](repeating: 0, count: m * m * 2)
        var completeSplit = [Int](repeating: 0, count: m * m * 2)
        var incompleteSplit = [Int](repeating: 0, count: m * m * 2)
        @inline(__always) func at(_ s: Int, _ t: Int, _ dir: Int) -> Int { (s * m + t) * 2 + dir }
        if m > 2 {
            for k in 1..<m {
                for s in 1..<(m - k) {
                    let t = s + k
                    var best = -Float.infinity, split = s
                    for r in s..<t {
                        let v = complete[at(s, r, 1)] + complete[at(r + 1, t, 0)]
                        if v > best { best = v; split = r }
                    }
                    incomplete[at(s, t, 0)] = best + score[t * m + s]
                    incomplete[at(s, t, 1)] = best + score[s * m + t]
                    incompleteSplit[at(s, t, 0)] = split
                    incompleteSplit[at(s, t, 1)] = split
                    best = -Float.infinity; split = s
                    for r in s..<t {
                        let v = complete[at(s, r, 0)] + incomplete[at(r, t, 0)]
                        if v > best { best = v; split = r }
                    }
                    complete[at(s, t, 0)] = best
                    completeSplit[at(s, t, 0)] = split
                    best = -Float.infinity; split = t
                    for r in (s + 1)...t {
                        let v = incomplete[at(s, r, 1)] + complete[at(r, t, 1)]
                        if v > best { best = v; split = r }
                    }
                    complete[at(s, t, 1)] = best
                    completeSplit[at(s, t, 1)] = split
                }
            }
        }
        var root = 1, best = -Float.infinity
        for r in 1...n {
            let v = score[r] + complete[at(1, r, 0)] + complete[at(r, n, 1)]
            if v > best { best = v; root = r }
        }
        var heads = [Int](repeating: -1, count: n)
        var stack: [(s: Int, t: Int, dir: Int, complete: Bool)] = [(1, root, 0, true), (root, n, 1, true)]
        while let (s, t, dir, isComplete) = stack.popLast() {
            if s == t { continue }
            if isComplete {
                let r = completeSplit[at(s, t, dir)]
                if dir == 0 {
                    stack.append((s, r, 0, true))
                    stack.append((r, t, 0, false))
                } else {
                    stack.append((s, r, 1, false))
                    stack.append((r, t, 1, true))
                }
            } else {
                let r = incompleteSplit[at(s, t, dir)]
                if dir == 0 { heads[s - 1] = t - 1 } else { heads[t - 1] = s - 1 }
                stack.append((s, r, 1, true))
                stack.append((r + 1, t, 0, true))
            }
        }
        heads[root - 1] = -1
        return heads
    }
}

extension ParserCombination {
    /// The file in a model folder that sets how its parsers' trees are combined.
    public static let fileName = "combination.txt"

    /// Reads a combination file: one setting per line, `#` starting a comment.
    ///
    /// ```
    /// weights 1 1 1 1 1.3 1.3     # parser.dmod, parser2.dmod, ... (at most `parsers`)
    /// confidence 1                # 0 to 1
    /// scale 3                     # above 0
    /// ```
    /// Settings left out keep the values of `defaults`.
    public init(parsing text: String, file: String, parsers: Int, defaults: ParserCombination) throws {
        self = defaults
        for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let key = fields.first else { continue }
            func bad(_ reason: String) -> DyadError { .badData(file: file, line: k + 1, reason: reason) }
            let values = try fields.dropFirst().map { f -> Float in
                guard let v = Float(f), v.isFinite else { throw bad("'\(f)' is not a number") }
                return v
            }
            switch key {
            case "weights":
                guard !values.isEmpty, values.allSatisfy({ $0 >= 0 }) else { throw bad("weights takes one number of 0 or more per parser") }
                guard values.count <= parsers else { throw bad("\(values.count) weights for \(parsers) parsers") }
                weights = values
            case "confidence":
                guard values.count == 1, (0...1).contains(values[0]) else { throw bad("confidence takes one number from 0 to 1") }
                confidence = values[0]
            case "scale":
                guard values.count == 1, values[0] > 0 else { throw bad("scale takes one number above 0") }
                scale = values[0]
            default:
                throw bad("unknown setting '\(key)' (known: weights, confidence, scale)")
            }
        }
    }
}
