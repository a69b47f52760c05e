import DyadCore
import Foundation

/// A greedy left-to-right averaged-perceptron part-of-speech tagger.
///
/// Each class is a (UPOS, XPOS) pair as seen in training, so one decision gives both tags.
/// Frequent words that always had the same tag skip the classifier (the tag dictionary).
///
/// ```swift
/// let tagger = try Tagger(contentsOf: url)
/// let classes = tagger.tag(["The", "talks", "failed", "."])
/// ```
public struct Tagger: Sendable {
    static let kind = "TAGR"
    static let version: UInt32 = 1

    /// UPOS of each class.
    public let upos: [String]
    /// XPOS of each class.
    public let xpos: [String]
    let model: LinearModel
    /// Exact-form hash -> class, for frequent unambiguous words.
    let tagDictionary: FeatureTable

    /// The classes of proper nouns: PROPN with NNP or NNPS.
    let properNounClasses: [Int]
    /// The classes of verbs (VERB).
    let verbClasses: [Int]
    /// Whether a class is of a closed word class (ADP, DET, CCONJ, SCONJ, PRON, PART).
    let isClosedClass: [Bool]
    /// Whether a class is of common nouns (NOUN).
    let isCommonNounClass: [Bool]
    /// The class of a verb in the past tense (VERB with VBD), if the tagger has one.
    let pastTenseClass: Int?
    /// The VERB classes with VBD or VBN.
    let pastClasses: [Int]

    init(upos: [String], xpos: [String], model: LinearModel, tagDictionary: FeatureTable) {
        self.upos = upos
        self.xpos = xpos
        self.model = model
        self.tagDictionary = tagDictionary
        properNounClasses = upos.indices.filter { upos[$0] == "PROPN" && (xpos[$0] == "NNP" || xpos[$0] == "NNPS") }
        verbClasses = upos.indices.filter { upos[$0] == "VERB" }
        isClosedClass = upos.map { ["ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART"].contains($0) }
        isCommonNounClass = upos.map { $0 == "NOUN" }
        pastTenseClass = upos.indices.first { upos[$0] == "VERB" && xpos[$0] == "VBD" }
        pastClasses = upos.indices.filter { upos[$0] == "VERB" && (xpos[$0] == "VBD" || xpos[$0] == "VBN") }
    }

    public var classCount: Int { upos.count }

    /// Tags a sentence given as words; returns class indices into `upos` and `xpos`.
    public func tag(_ words: [String]) -> [Int] {
        var scratch: [UInt32] = []
        let atoms = Tagger.atoms(words, scratch: &scratch)
        return tag(atoms: atoms)
    }

    /// Tags a sentence in place, setting each token's `upos` and `xpos`.
    public func tag(_ sentence: inout Sentence) {
        let classes = tag(sentence.tokens.map(\.text))
        for (i, c) in classes.enumerated() {
            sentence.tokens[i].upos = upos[c]
            sentence.tokens[i].xpos = xpos[c]
        }
    }

    static func atoms(_ words: [String], scratch: inout [UInt32]) -> [WordAtoms] {
        var atoms: [WordAtoms] = [.start, .start]
        atoms.reserveCapacity(words.count + 4)
        for w in words { atoms.append(WordAtoms(w, scratch: &scratch)) }
        atoms.append(.end)
        atoms.append(.end)
        return atoms
    }

    /// Tags `atoms`, following what the caller knows of some words (`hints`, one per word or
    /// none): see `WordHint`.
    func tag(atoms: [WordAtoms], hints: [WordHint] = []) -> [Int] {
        let n = atoms.count - 4
        var result = [Int](repeating: 0, count: n)
        if n == 0 { return result }
        let k = model.classCount
        var scores = [Float](repeating: 0, count: model.scoreCount)
        var feats = [UInt64](repeating: 0, count: TaggerFeatures.count)
        atoms.withUnsafeBufferPointer { a in
            scores.withUnsafeMutableBufferPointer { sc in
                feats.withUnsafeMutableBufferPointer { f in
                    var p1 = -1, p2 = -1
                    for i in 0..<n {
                        var c: Int
                        let hint = i < hints.count ? hints[i] : .none
                        let proper = hint == .properNoun && !properNounClasses.isEmpty
                        if hint == .pastTense, let past = pastTenseClass {
                            c = past
                        } else if let known = tagDictionary.value(for: a[i + 2].form), !proper || properNounClasses.contains(Int(known)) {
                            c = Int(known)
                        } else {
                            TaggerFeatures.extract(i, a, p1: p1, p2: p2, into: f.baseAddress!)
                            sc.update(repeating: 0)
                            model.addScores(UnsafeBufferPointer(f), into: sc.baseAddress!)
                            if proper {
                                c = properNounClasses[0]
                                for j in properNounClasses.dropFirst() where sc[j] > sc[c] { c = j }
                            } else {
                                c = 0
                                var best = sc[0]
                                for j in 1..<k where sc[j] > best { best = sc[j]; c = j }
                                if hint == .verbForm || hint == .pastForm, isClosedClass[c] || isCommonNounClass[c], let v0 = verbClasses.first {
                                    c = v0
                                    for j in verbClasses.dropFirst() where sc[j] > sc[c] { c = j }
                                }
                                if hint == .pastForm, !pastClasses.isEmpty, !pastClasses.contains(c), upos[c] == "VERB" {
                                    c = pastClasses[0]
                                    for j in pastClasses.dropFirst() where sc[j] > sc[c] { c = j }
                                }
                            }
                        }
                        result[i] = c
                        p2 = p1
                        p1 = c
                    }
                }
            }
        }
        return result
    }
}

extension Tagger {
    /// Loads a tagger model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        try self.init(bytes: try ModelFile.read(url), file: url.path)
    }

    init(bytes: [UInt8], file: String) throws {
        var r = try ModelFile.decode(bytes, file: file, kind: Tagger.kind, version: Tagger.version)
        let upos = try r.strings()
        let xpos = try r.strings()
        guard upos.count == xpos.count, !upos.isEmpty else { throw r.bad("tag lists differ in length or are empty") }
        let model = try r.linearModel()
        guard model.classCount == upos.count else { throw r.bad("model has \(model.classCount) classes, tag list \(upos.count)") }
        let n = try r.count()
        var dict = FeatureTable(minimumCapacity: n)
        for _ in 0..<n {
            let key = try r.u64()
            let c = try r.u16()
            guard Int(c) < upos.count else { throw r.bad("tag dictionary class \(c) out of range") }
            dict.set(UInt64(c), for: key)
        }
        self.init(upos: upos, xpos: xpos, model: model, tagDictionary: dict)
    }

    /// The model as bytes of a dyad model file.
    public func serialized() -> [UInt8] {
        var w = ModelWriter()
        w.strings(upos)
        w.strings(xpos)
        w.linearModel(model)
        var pairs: [(UInt64, UInt64)] = []
        tagDictionary.forEach { pairs.append(($0, $1)) }
        pairs.sort { $0.0 < $1.0 }
        w.u32(UInt32(pairs.count))
        for (k, v) in pairs { w.u64(k); w.u16(UInt16(v)) }
        return ModelFile.encode(kind: Tagger.kind, version: Tagger.version, payload: w)
    }

    /// Writes the model file.
    public func write(to url: URL) throws {
        try Data(serialized()).write(to: url)
    }
}

extension Tagger {
    /// Number of features and of stored weights.
    public var size: (features: Int, weights: Int) { (model.featureCount, model.weightCount) }

    /// The same tagger without weights of magnitude `threshold` or less (smaller, slightly
    /// less accurate).
    public func pruned(threshold: Float) -> Tagger {
        Tagger(upos: upos, xpos: xpos, model: model.pruned(threshold: threshold), tagDictionary: tagDictionary)
    }
}

/// What a caller knows of a word before tagging.
public enum WordHint: Sendable, Hashable {
    case none
    /// A name the caller knows ("Beijing", from an actor dictionary): the best proper-noun class
    /// (PROPN with NNP or NNPS), whatever its shape suggests.
    case properNoun
    /// A form that only a verb has ("froze", "fled", "struck"): never a preposition, determiner,
    /// conjunction, pronoun, particle or common noun; where the tagger says one, the best VERB
    /// class.
    case verbForm
    /// A past or past participle that is no verb's base ("shot", "struck"): as `verbForm`, and
    /// where the tagger says another verb class (a present "shot"), the better of VBD and VBN.
    case pastForm
    /// A verb the caller knows to be in the past tense ("rallied" in "Hundreds of protesters
    /// rallied outside the embassy", which alone reads as a participle): VERB with VBD.
    case pastTense
}
