import DyadCore

/// A stretch of a sentence's tokens that names or points to an actor.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A country or organisation by name ("Venezuela", "the UN").
        case name
        /// A country adjective ("Venezuelan"), which needs a noun to be an actor.
        case adjective
        /// The people of a country ("Venezuelans").
        case demonym
        /// A capital or seat of power standing for the government ("Caracas", "the Kremlin").
        case metonym
        /// A person in the dictionary.
        case person
        /// A role word ("president", "troops").
        case agent
        /// A pronoun ("it", "its", "they").
        case pronoun
        /// A nominal that refers back ("the country", "the government").
        case nominal
    }

    /// Token range [start, end) in the sentence.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The dictionary entry key (country or IGO code, or person's name) for named mentions.
    public var entryKey: String?
    /// Role code for agents, metonyms and demonyms.
    public var role: String?
    /// Where the dictionary entry or rule came from.
    public var origin: String

    public init(start: Int, end: Int, kind: Kind, entryKey: String? = nil, role: String? = nil, origin: String) {
        self.start = start
        self.end = end
        self.kind = kind
        self.entryKey = entryKey
        self.role = role
        self.origin = origin
    }
}
