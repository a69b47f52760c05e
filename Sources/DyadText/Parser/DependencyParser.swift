import DyadCore
import Foundation

/// An arc-hybrid dependency parser (greedy, or beam search when `beamWidth` > 1) scored by an
/// averaged perceptron, producing labelled Universal Dependencies trees.
///
/// ```swift
/// let parser = try DependencyParser(contentsOf: url)
/// parser.parse(&sentence)   // tokens need text, upos and xpos
/// ```
public struct DependencyParser: Sendable {
    static let kind = "PRSR"
    /// Format version 2 adds the beam width after the relation list; version 3 adds the parsing
    /// direction after it; version 4 adds the feature set after that. Parsers of the word and tag
    /// feature set are still written as before: greedy left-to-right ones as version 1 (beam width
    /// 1), beam parsers as version 2, right-to-left ones as version 3; other feature sets as
    /// version 4.
    static let version: UInt32 = 4
    static let maxBeamWidth = 64

    /// Dependency relations, indexed as in the transition set.
    public let labels: [String]
    let transitions: TransitionSet
    let model: LinearModel
    /// Number of parser states kept at each step: 1 is greedy parsing; wider beams search more
    /// transition sequences, which is slower and, for a model trained with the same beam, more
    /// accurate.
    public var beamWidth: Int {
        didSet { beamWidth = min(max(1, beamWidth), DependencyParser.maxBeamWidth) }
    }
    /// The order in which the parser reads a sentence; a right-to-left parser parses the reversed
    /// sentence and maps the tree back, so it makes different mistakes from a left-to-right one.
    public let direction: Direction
    /// The feature templates the model's weights belong to.
    public let featureSet: ParserFeatureSet

    public enum Direction: String, Sendable, CaseIterable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    init(labels: [String], model: LinearModel, beamWidth: Int = 1, direction: Direction = .leftToRight,
         featureSet: ParserFeatureSet = .wordsAndTags) {
        self.labels = labels
        self.transitions = TransitionSet(labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0)
        self.model = model
        self.beamWidth = min(max(1, beamWidth), DependencyParser.maxBeamWidth)
        self.direction = direction
        self.featureSet = featureSet
    }

    /// The tag atom the parser's features use for a (UPOS, XPOS) pair.
    static func tagAtom(upos: String, xpos: String) -> UInt64 {
        FeatureHash.combine(FeatureHash.string(upos), FeatureHash.string(xpos))
    }

    /// Parses a tagged sentence; returns heads (0-based, -1 for the root) and relations.
    public func parse(words: [String], upos: [String], xpos: [String]) -> (heads: [Int], relations: [String]) {
        var scratch: [UInt32] = []
        let w = words.map { WordAtoms($0, scratch: &scratch) }
        let t = zip(upos, xpos).map { DependencyParser.tagAtom(upos: $0, xpos: $1) }
        let (heads, labs) = parse(words: w, tags: t)
        return (heads, labs.map { labels[$0] })
    }

    /// The features of a sentence for this parser, in its reading order.
    func features<C: BidirectionalCollection<WordAtoms>>(words w: C, tags t: [UInt64]) -> ParserFeatures {
        switch direction {
        case .leftToRight: ParserFeatures(atoms: w, tags: t, set: featureSet)
        case .rightToLeft: ParserFeatures(atoms: w.reversed(), tags: t.reversed(), set: featureSet)
        }
    }

    /// Parses words (their atoms) and tag atoms in the parser's direction; heads (0-based, -1
    /// for the root) and label indices in the sentence's own order.
    func parse<C: BidirectionalCollection<WordAtoms>>(words w: C, tags t: [UInt64]) -> (heads: [Int], labels: [Int]) {
        switch direction {
        case .leftToRight:
            return parse(features(words: w, tags: t))
        case .rightToLeft:
            let r = parse(features(words: w, tags: t))
            return (Self.reversedHeads(r.heads), r.labels.reversed())
        }
    }

    /// Parses like `parse(words:tags:)` (greedily, whatever the beam width) and also returns,
    /// for each word, the margin of the transition that attached it: its score minus the best
    /// score of a valid transition giving the word another head (or none yet).
    func parseWithMargins<C: BidirectionalCollection<WordAtoms>>(words w: C, tags t: [UInt64]) -> (heads: [Int], labels: [Int], margins: [Float]) {
        switch direction {
        case .leftToRight:
            return parseGreedyWithMargins(features(words: w, tags: t))
        case .rightToLeft:
            let r = parseGreedyWithMargins(features(words: w, tags: t))
            return (Self.reversedHeads(r.heads), r.labels.reversed(), r.margins.reversed())
        }
    }

    /// Heads of the reversed sentence in the original order: word i is word n-1-i reversed;
    /// -1 (the root) stays -1.
    static func reversedHeads(_ heads: [Int]) -> [Int] {
        let n = heads.count
        return heads.reversed().map { $0 < 0 ? -1 : n - 1 - $0 }
    }

    /// Fills `head` and `deprel` of each token from its text, `upos` and `xpos`.
    public func parse(_ sentence: inout Sentence) {
        let toks = sentence.tokens
        let r = parse(words: toks.map(\.text), upos: toks.map { $0.upos ?? "X" }, xpos: toks.map { $0.xpos ?? "_" })
        for i in toks.indices {
            sentence.tokens[i].head = r.heads[i]
            sentence.tokens[i].deprel = r.relations[i]
        }
    }

    /// Core loop: heads (-1 for root) and label indices. `features` must be of the parser's
    /// feature set.
    func parse(_ features: ParserFeatures) -> (heads: [Int], labels: [Int]) {
        precondition(features.featureSet == featureSet, "features of set \(features.featureSet) for a parser of set \(featureSet)")
        return beamWidth > 1 ? parseBeam(features, width: beamWidth) : parseGreedy(features)
    }

    func parseGreedy(_ features: ParserFeatures) -> (heads: [Int], labels: [Int]) {
        let r = parseGreedy(features, margins: false)
        return (r.heads, r.labels)
    }

    func parseGreedyWithMargins(_ features: ParserFeatures) -> (heads: [Int], labels: [Int], margins: [Float]) {
        precondition(features.featureSet == featureSet, "features of set \(features.featureSet) for a parser of set \(featureSet)")
        return parseGreedy(features, margins: true)
    }

    /// The greedy parse; with `margins`, also each word's margin: the score of the transition
    /// that attached it minus the best score of a valid transition giving it another head (or
    /// none yet), infinite where that transition was the only valid one. Without, `margins` is
    /// empty.
    @inline(__always)
    private func parseGreedy(_ features: ParserFeatures, margins withMargins: Bool) -> (heads: [Int], labels: [Int], margins: [Float]) {
        let n = features.words.count - 2
        if n == 0 { return ([], [], []) }
        var state = ParseState(count: n)
        var scores = [Float](repeating: 0, count: model.scoreCount)
        var feats = [UInt64](repeating: 0, count: features.count)
        var margins = [Float](repeating: 0, count: withMargins ? n : 0)
        while !state.isTerminal {
            if let only = transitions.onlyValid(state) {
                // Scores cannot change the choice: skip computing them.
                if withMargins && only != 0 { margins[state.s0] = .infinity }
                transitions.apply(only, to: &state)
                continue
            }
            let (best, margin) = scores.withUnsafeMutableBufferPointer { sc -> (Int, Float) in
                feats.withUnsafeMutableBufferPointer { f in
                    features.extract(state, into: f.baseAddress!)
                    sc.update(repeating: 0)
                    model.addScores(UnsafeBufferPointer(f), into: sc.baseAddress!)
                }
                let best = transitions.best(state, scores: UnsafePointer(sc.baseAddress!))
                return (best, withMargins ? arcMargin(of: best, state, scores: sc) : 0)
            }
            if withMargins && best != 0 { margins[state.s0] = margin }
            transitions.apply(best, to: &state)
        }
        let heads = (0..<n).map { state.heads[$0] == n ? -1 : state.heads[$0] }
        return (heads, Array(state.labels[0..<n]), margins)
    }

    /// The score of transition `best` minus the best score of a valid transition of another
    /// kind (SHIFT, LEFT with any label, RIGHT with any label).
    private func arcMargin(of best: Int, _ state: ParseState, scores sc: UnsafeMutableBufferPointer<Float>) -> Float {
        let L = transitions.labelCount
        let none = -Float.infinity
        let shift = state.b < state.n ? sc[0] : none
        var left = none, right = none
        let depth = state.stack.count
        let root = transitions.rootLabel
        if depth >= 1 {
            if state.b == state.n {
                if depth == 1 { left = sc[1 + root] }
            } else {
                for l in 0..<L where l != root { left = max(left, sc[1 + l]) }
            }
        }
        if depth >= 2 {
            for l in 0..<L where l != root { right = max(right, sc[1 + L + l]) }
        }
        let other = best == 0 ? max(left, right) : (best <= L ? max(shift, right) : max(shift, left))
        return sc[best] - other
    }
}

extension DependencyParser {
    /// Beam search: keeps the `width` best-scoring states (sum of transition scores) at each
    /// step. Every complete arc-hybrid sequence has 2n transitions, so all states finish together.
    func parseBeam(_ features: ParserFeatures, width: Int) -> (heads: [Int], labels: [Int]) {
        let n = features.words.count - 2
        if n == 0 { return ([], []) }
        let k = transitions.count
        var beam: [ParseState] = [ParseState(count: n)]
        var beamScores: [Double] = [0]
        var valid = [Bool](repeating: false, count: k)
        var scores = [Float](repeating: 0, count: model.scoreCount)
        var feats = [UInt64](repeating: 0, count: features.count)
        var top = BeamTop(width: width)
        var next: [ParseState] = []
        var nextScores: [Double] = []
        while !beam[0].isTerminal {
            top.reset()
            for i in beam.indices {
                feats.withUnsafeMutableBufferPointer { features.extract(beam[i], into: $0.baseAddress!) }
                transitions.validity(beam[i], into: &valid)
                scores.withUnsafeMutableBufferPointer { sc in
                    sc.update(repeating: 0)
                    feats.withUnsafeBufferPointer { model.addScores($0, into: sc.baseAddress!) }
                }
                let base = beamScores[i]
                for j in 0..<k where valid[j] { top.offer(base + Double(scores[j]), item: i, transition: j) }
            }
            next.removeAll(keepingCapacity: true)
            nextScores.removeAll(keepingCapacity: true)
            for c in top.entries {
                var st = beam[c.item]
                transitions.apply(c.transition, to: &st)
                next.append(st)
                nextScores.append(c.score)
            }
            swap(&beam, &next)
            swap(&beamScores, &nextScores)
        }
        let state = beam[0]
        let heads = (0..<n).map { state.heads[$0] == n ? -1 : state.heads[$0] }
        return (heads, Array(state.labels[0..<n]))
    }
}

/// The best `width` candidates of one beam step, best first; ties keep the earlier candidate.
struct BeamTop {
    struct Entry {
        var score: Double
        var item: Int
        var transition: Int
        var correct: Bool = false
    }

    let width: Int
    private(set) var entries: [Entry] = []

    init(width: Int) {
        self.width = width
        entries.reserveCapacity(width + 1)
    }

    mutating func reset() { entries.removeAll(keepingCapacity: true) }

    @inline(__always)
    mutating func offer(_ score: Double, item: Int, transition: Int, correct: Bool = false) {
        if entries.count == width {
            guard score > entries[width - 1].score else { return }
            entries.removeLast()
        }
        var p = entries.count
        while p > 0 && entries[p - 1].score < score { p -= 1 }
        entries.insert(Entry(score: score, item: item, transition: transition, correct: correct), at: p)
    }
}

extension DependencyParser {
    /// Loads a parser model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        try self.init(bytes: try ModelFile.read(url), file: url.path)
    }

    init(bytes: [UInt8], file: String) throws {
        var (r, version) = try ModelFile.decode(bytes, file: file, kind: DependencyParser.kind,
                                                versions: 1...DependencyParser.version)
        let labels = try r.strings()
        guard !labels.isEmpty, labels.count <= 127 else { throw r.bad("bad relation list (\(labels.count) entries)") }
        guard labels.contains("root") else { throw r.bad("relation list has no 'root'") }
        var beamWidth = 1
        if version >= 2 {
            beamWidth = Int(try r.u32())
            guard (1...DependencyParser.maxBeamWidth).contains(beamWidth) else {
                throw r.bad("beam width \(beamWidth) outside 1...\(DependencyParser.maxBeamWidth)")
            }
        }
        var direction = Direction.leftToRight
        if version >= 3 {
            switch try r.u32() {
            case 0: direction = .leftToRight
            case 1: direction = .rightToLeft
            case let d: throw r.bad("unknown parsing direction \(d)")
            }
        }
        var featureSet = ParserFeatureSet.wordsAndTags
        if version >= 4 {
            let f = try r.u32()
            guard let set = ParserFeatureSet(rawValue: f) else {
                throw r.bad("unknown parser feature set \(f) (this dyad knows \(ParserFeatureSet.allCases.map { "\($0.rawValue)" }.joined(separator: ", ")))")
            }
            featureSet = set
        }
        let model = try r.linearModel()
        guard model.classCount == 1 + 2 * labels.count else {
            throw r.bad("model has \(model.classCount) classes, expected \(1 + 2 * labels.count)")
        }
        self.init(labels: labels, model: model, beamWidth: beamWidth, direction: direction, featureSet: featureSet)
    }

    public func serialized() -> [UInt8] {
        var w = ModelWriter()
        w.strings(labels)
        let version: UInt32 = featureSet != .wordsAndTags ? 4 : (direction == .rightToLeft ? 3 : (beamWidth > 1 ? 2 : 1))
        if version >= 2 { w.u32(UInt32(beamWidth)) }
        if version >= 3 { w.u32(direction == .rightToLeft ? 1 : 0) }
        if version >= 4 { w.u32(featureSet.rawValue) }
        w.linearModel(model)
        return ModelFile.encode(kind: DependencyParser.kind, version: version, payload: w)
    }

    public func write(to url: URL) throws {
        try Data(serialized()).write(to: url)
    }
}

extension DependencyParser {
    /// Number of features and of stored weights.
    public var size: (features: Int, weights: Int) { (model.featureCount, model.weightCount) }

    /// The same parser without weights of magnitude `threshold` or less.
    public func pruned(threshold: Float) -> DependencyParser {
        DependencyParser(labels: labels, model: model.pruned(threshold: threshold), beamWidth: beamWidth,
                         direction: direction, featureSet: featureSet)
    }
}
