import DyadCore
import Foundation

/// A greedy arc-hybrid dependency parser scored by an averaged perceptron, producing labelled
/// Universal Dependencies trees.
///
/// ```swift
/// let parser = try DependencyParser(contentsOf: url)
/// parser.parse(&sentence)   // tokens need text, upos and xpos
/// ```
public struct DependencyParser: Sendable {
    static let kind = "PRSR"
    static let version: UInt32 = 1

    /// Dependency relations, indexed as in the transition set.
    public let labels: [String]
    let transitions: TransitionSet
    let model: LinearModel

    init(labels: [String], model: LinearModel) {
        self.labels = labels
        self.transitions = TransitionSet(labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0)
        self.model = model
    }

    /// The tag atom the parser's features use for a (UPOS, XPOS) pair.
    static func tagAtom(upos: String, xpos: String) -> UInt64 {
        FeatureHash.combine(FeatureHash.string(upos), FeatureHash.string(xpos))
    }

    /// Parses a tagged sentence; returns heads (0-based, -1 for the root) and relations.
    public func parse(words: [String], upos: [String], xpos: [String]) -> (heads: [Int], relations: [String]) {
        var scratch: [UInt32] = []
        let w = words.map { WordAtoms($0, scratch: &scratch).word }
        let t = zip(upos, xpos).map { DependencyParser.tagAtom(upos: $0, xpos: $1) }
        let (heads, labs) = parse(ParserFeatures(words: w, tags: t))
        return (heads, labs.map { labels[$0] })
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

    /// Core loop: heads (-1 for root) and label indices.
    func parse(_ features: ParserFeatures) -> (heads: [Int], labels: [Int]) {
        let n = features.words.count - 2
        if n == 0 { return ([], []) }
        var state = ParseState(count: n)
        let k = transitions.count
        var valid = [Bool](repeating: false, count: k)
        var scores = [Float](repeating: 0, count: k)
        var feats = [UInt64](repeating: 0, count: ParserFeatures.count)
        while !state.isTerminal {
            feats.withUnsafeMutableBufferPointer { features.extract(state, into: $0.baseAddress!) }
            transitions.validity(state, into: &valid)
            scores.withUnsafeMutableBufferPointer { sc in
                for j in 0..<k { sc[j] = 0 }
                feats.withUnsafeBufferPointer { model.addScores($0, into: sc.baseAddress!) }
            }
            var best = -1
            var bestScore = -Float.infinity
            for j in 0..<k where valid[j] && (best < 0 || scores[j] > bestScore) {
                best = j
                bestScore = scores[j]
            }
            transitions.apply(best, to: &state)
        }
        let heads = (0..<n).map { state.heads[$0] == n ? -1 : state.heads[$0] }
        return (heads, Array(state.labels[0..<n]))
    }
}

extension DependencyParser {
    /// Loads a parser model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        try self.init(bytes: try ModelFile.read(url), file: url.path)
    }

    init(bytes: [UInt8], file: String) throws {
        var r = try ModelFile.decode(bytes, file: file, kind: DependencyParser.kind, version: DependencyParser.version)
        let labels = try r.strings()
        guard !labels.isEmpty, labels.count <= 127 else { throw r.bad("bad relation list (\(labels.count) entries)") }
        guard labels.contains("root") else { throw r.bad("relation list has no 'root'") }
        let model = try r.linearModel()
        guard model.classCount == 1 + 2 * labels.count else {
            throw r.bad("model has \(model.classCount) classes, expected \(1 + 2 * labels.count)")
        }
        self.init(labels: labels, model: model)
    }

    public func serialized() -> [UInt8] {
        var w = ModelWriter()
        w.strings(labels)
        w.linearModel(model)
        return ModelFile.encode(kind: DependencyParser.kind, version: DependencyParser.version, payload: w)
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
        DependencyParser(labels: labels, model: model.pruned(threshold: threshold))
    }
}
