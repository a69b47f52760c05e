import DyadActors
import DyadCore

/// Why a pattern did or did not give an event: the material of `dyad explain`.
public struct PatternAttempt: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case fired(events: Int)
        case noMatch(String)
        case noSource
        case noTarget
        case negated
        case sameActor
        /// A pattern with the code `---` matched: the anchor codes nothing.
        case noEvent
    }

    public let patternID: String
    public let patternText: String
    public let anchor: Int
    public let outcome: Outcome
}

/// One sentence as the coder saw it.
public struct SentenceTrace: Sendable, Hashable {
    public let sentence: Sentence
    public let actors: [ResolvedActor]
    public let attempts: [PatternAttempt]
    public let frames: [PredicateFrame]
    /// Why the sentence was not coded (a discard phrase), or nil.
    public var discard: String? = nil
}

/// The coder's output for one article.
public struct CodedArticle: Sendable {
    public let article: Article
    public let events: [Event]
    public let sentences: [SentenceTrace]
    /// Why the whole article was not coded (an article discard phrase), or nil.
    public var discard: String? = nil
}
