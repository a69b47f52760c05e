import DyadCore
import DyadText

/// What the structure analysis says about one predicate (a verb, or an event noun) of a
/// sentence: where its subject and complements are, voice, negation and modality.
///
/// This is the one seam between sentence structure and event coding: the rule-based
/// `HeuristicAnalyzer` fills it from word order today; a dependency-tree analyzer fills the same
/// frame from the parse, with no change to dictionaries or output.
public struct PredicateFrame: Sendable, Hashable {
    /// Token index of the anchor (the pattern's verb or noun).
    public var anchor: Int
    /// Token range to the left of the predicate in which its subject is found.
    public var subjectRange: Range<Int>
    /// For a verb in a relative clause ("Trump, who threatened"): the token range of the
    /// clause's antecedent region, searched right to left.
    public var antecedentRange: Range<Int>?
    /// Token range to the right of the anchor holding its objects and prepositional phrases.
    public var complementRange: Range<Int>
    /// Passive voice ("were imposed").
    public var isPassive: Bool
    /// Token range of the passive agent after "by", when present.
    public var agentRange: Range<Int>?
    public var negated: Bool
    public var modality: Modality
    /// Token range of the governing clause's subject region, used when the predicate's own
    /// subject is not an actor ("Venezuela has stressed that any increase ... will be made in
    /// coordination with OPEC").
    public var outerSubjectRange: Range<Int>?
    /// The predicate is an infinitive wished on someone else ("urged Germany to send"): the
    /// appeal is the event, the wished-for act is not coded.
    public var objectControlled: Bool
    /// For a predicate reported by someone ("X said that Y attacked Z"): the token range of the
    /// reporting clause's subject, where the speaker is found.
    public var speakerRange: Range<Int>?
    /// Ids of the structure rules applied.
    public var rules: [String]

    public init(anchor: Int, subjectRange: Range<Int>, antecedentRange: Range<Int>? = nil,
                complementRange: Range<Int>, isPassive: Bool = false, agentRange: Range<Int>? = nil,
                negated: Bool = false, modality: Modality = .asserted,
                outerSubjectRange: Range<Int>? = nil, objectControlled: Bool = false,
                speakerRange: Range<Int>? = nil, rules: [String] = []) {
        self.anchor = anchor
        self.subjectRange = subjectRange
        self.antecedentRange = antecedentRange
        self.complementRange = complementRange
        self.isPassive = isPassive
        self.agentRange = agentRange
        self.negated = negated
        self.modality = modality
        self.outerSubjectRange = outerSubjectRange
        self.objectControlled = objectControlled
        self.speakerRange = speakerRange
        self.rules = rules
    }
}

/// A sentence with what the frames of its predicates all read, computed once: its words as
/// folded for matching and, when it is parsed, its dependency tree.
public struct AnalyzedSentence: Sendable {
    public let sentence: Sentence
    /// `TextFold.fold` of each token's text.
    public let words: [String]
    /// Nil when the sentence is not parsed (or its heads are inconsistent).
    let tree: DependencyTree?

    /// `words`, when given, must be the folded token texts.
    public init(_ sentence: Sentence, words: [String]? = nil) {
        self.sentence = sentence
        self.words = words ?? sentence.tokens.map { TextFold.fold($0.text) }
        tree = DependencyTree(sentence)
    }
}

/// Finds the frame of a predicate in a sentence.
public protocol SentenceAnalyzer: Sendable {
    /// The frame of the verb (or, with `isNoun`, the event noun) at token `anchor`.
    func frame(for anchor: Int, isNoun: Bool, in sentence: AnalyzedSentence) -> PredicateFrame
}

extension SentenceAnalyzer {
    /// The frame of the predicate at `anchor` in a sentence analysed for this call alone.
    public func frame(for anchor: Int, isNoun: Bool, in sentence: Sentence) -> PredicateFrame {
        frame(for: anchor, isNoun: isNoun, in: AnalyzedSentence(sentence))
    }
}
