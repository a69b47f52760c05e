import DyadText

/// One verb pattern: an anchor word, what must follow it, and the CAMEO code it gives.
///
/// Written in `*.verbs` files as `ID  CODE  PATTERN  [not=CODE] [reverse=yes] [also=CODE] [mutual=yes]
/// [before=WORDS] [fallback=yes]` (words separated by commas may stand up to two words apart, words joined by
/// `_` stand together), e.g.
/// `163.impose  163  impose sanction|embargo on|against +`.
public struct VerbPattern: Sendable, Hashable {
    public enum Element: Sendable, Hashable {
        /// One of these word forms (all inflections of the written lemmas).
        case words(Set<String>, optional: Bool)
        /// Up to three words that are not clause boundaries.
        case skip
        /// Any number of words of the predicate's complements (`...`): "welcome ... +" finds
        /// the target anywhere in what the verb governs, as PETRARCH's verb defaults do.
        case gap
        /// One noun phrase, an actor or not, that is not the target (`^`, as PETRARCH's):
        /// `celebrate eid at ^ with +` passes over the place to find the target.
        case phrase
        /// The target actor.
        case target
    }

    public let id: String
    /// The CAMEO code (or an extension of one), or `noEvent`.
    public let code: String
    /// The anchor lemma as written.
    public let anchor: String
    /// Whether the anchor is a noun (`@invasion`): the source is the noun's modifier.
    public let isNoun: Bool
    /// Elements after the anchor.
    public let elements: [Element]
    /// The code when the verb is negated; nil: a negated verb codes nothing.
    public let negatedCode: String?
    /// The pattern as written.
    public let text: String
    /// `file:line`.
    public let origin: String
    /// The pattern is written in dyad's own format, not read from a PETRARCH or TABARI
    /// dictionary (whose codes are coded as their authors wrote them).
    public var isOwnFormat = true
    /// The `+` actor is the source and the verb's subject the target (`reverse=yes`):
    /// "received weapons from +", "came under attack from +".
    public var reversed = false
    /// The code of the event the target does to the source at the same time (`also=CODE`;
    /// PETRARCH's `[A:B]`): "X visited Y" is also Y hosting X.
    public var alsoCode: String? = nil
    /// The verb's subject is two or more actors who do it to each other, and the pattern has no
    /// target (`mutual=yes`; PETRARCH's `% *`): "Gondor and Osgiliath postponed their meeting".
    public var mutual = false
    /// Words that come, in this order, before the anchor (`before=a,b|c`; PETRARCH's words
    /// before `*`): the last right before it or its tense auxiliaries, the others at most two
    /// words apart. `criticize + before=heavily` codes "was heavily criticized".
    public var before: [Set<String>] = []
    /// `beforeJoined[k]`: the words `before[k]` stand right before `before[k + 1]`, with no
    /// word between (`before=most_certainly`; PETRARCH's `_`). Empty: none are joined.
    public var beforeJoined: [Bool] = []
    /// Tried only after every other anchor of the sentence, and only where the verb after the
    /// anchor's `to` decided nothing itself (`fallback=yes`): `refuse to ... +` codes "refused to
    /// extend the deal with Ukraine", while "refused to release the hostages" is left to the
    /// release patterns and "refused to condemn Russia" to condemn's, negated.
    public var isFallback = false

    /// For each word element the pattern must have after its anchor, the signature hashes of
    /// its forms (see ``WordSignature``).
    let requiredWordHashes: [[UInt32]]
    /// The pattern without its final "with +", for reciprocal sentences: "Brazil and the United
    /// States agreed to deepen cooperation" codes both directions. Only cooperative and
    /// consultative codes (roots 03 to 06) are reciprocal.
    public let reciprocalElements: [Element]?
    /// Whether the pattern ends with "between +" ("@fighting between +"): the actors after it
    /// do the act to each other.
    public let endsWithBetween: Bool

    public init(id: String, code: String, anchor: String, isNoun: Bool, elements: [Element], negatedCode: String?,
                text: String, origin: String, reversed: Bool = false, alsoCode: String? = nil, mutual: Bool = false,
                before: [Set<String>] = [], beforeJoined: [Bool] = [], isFallback: Bool = false) {
        self.id = id
        self.code = code
        self.anchor = anchor
        self.isNoun = isNoun
        self.elements = elements
        self.negatedCode = negatedCode
        self.text = text
        self.origin = origin
        self.reversed = reversed
        self.alsoCode = alsoCode
        self.mutual = mutual
        self.before = before
        self.beforeJoined = beforeJoined
        self.isFallback = isFallback
        requiredWordHashes = elements.compactMap { e in
            guard case let .words(forms, optional: false) = e else { return nil }
            return forms.map(WordSignature.hash)
        }
        var lastWords: Set<String> = []
        if elements.count >= 2, elements.last == .target, case let .words(w, _) = elements[elements.count - 2] { lastWords = w }
        reciprocalElements = Self.reciprocalRoots.contains(String(code.prefix(2))) && lastWords.contains("with")
            ? Array(elements.dropLast(2)) : nil
        endsWithBetween = lastWords.contains("between")
    }

    /// The code of a pattern that matches and codes nothing (`---`): the words name something
    /// that is not an event of the verb's other patterns ("contribute a million dollars" where
    /// only the verb alone is 070), so the anchor gives no event.
    public static let noEvent = "---"

    /// Whether the words before the anchor say the negation themselves (`clash over + before=
    /// did,n't`): the pattern's code is what the negated verb codes.
    public var spellsNegation: Bool {
        before.contains { !$0.isDisjoint(with: Lexicon.negations) }
    }

    /// How much of the sentence a pattern says: its words, and a compound subject ("Armenia and
    /// Azerbaijan traded accusations" under `trade * accusation mutual=yes`, before `trade
    /// with +`, whose compound subject needs no words).
    public var specificity: Int {
        elements.reduce(2 * before.count + (mutual ? 1 : 0)) { acc, e in
            if case let .words(_, optional) = e { return acc + (optional ? 1 : 2) }
            return acc
        }
    }

    /// Whether `self` is tried before `other` at an anchor word of this (folded) form: a
    /// pattern written for this very form ("LEFT [042]" beside "LEAVE [012]") comes before
    /// those written for its lemma, then the more specific first.
    public func isTried(before other: VerbPattern, atForm form: String) -> Bool {
        let a = anchor == form, b = other.anchor == form
        return a != b ? a : specificity > other.specificity
    }

    /// Whether this pattern codes nothing when it matches (its code is `noEvent`).
    public var codesNothing: Bool { code == Self.noEvent }

    /// Whether every word the pattern must have after its anchor may be in the sentence of
    /// this signature: where one is missing, its elements cannot match.
    func mayMatchElements(in sentence: WordSignature) -> Bool {
        requiredWordHashes.allSatisfy { forms in forms.contains(where: sentence.mayContain) }
    }

    /// Whether the target is where the act happens (`protest in +`, `march through +`).
    public var targetIsPlace: Bool {
        guard let t = elements.firstIndex(of: .target), t > 0, case let .words(w, _) = elements[t - 1] else { return false }
        return w.contains("in") || w.contains("through") || w.contains("near")
    }

    /// Whether the target comes right after the anchor (a direct object): in the passive it is the subject.
    public var targetIsDirectObject: Bool {
        if case .target = elements.first { return true }
        // "restore ... +", "give ... + ... aid": the first actor the verb governs.
        return elements.count >= 2 && elements[0] == .gap && elements[1] == .target
    }

    static let reciprocalRoots: Set<String> = ["03", "04", "05", "06"]

    /// For the passive: the object words of the pattern (literals before the target that are
    /// not prepositions, as in `impose * sanction on +`), and what follows them.
    public var passiveSplit: (objectWords: [Set<String>], tail: [Element]) {
        guard let t = elements.firstIndex(of: .target) else { return ([], elements) }
        var lastObject = -1
        var objects: [Set<String>] = []
        for (i, e) in elements[..<t].enumerated() {
            if case let .words(w, optional) = e, !optional, w.isDisjoint(with: VerbPattern.prepositionWords) {
                objects.append(w)
                lastObject = i
            }
        }
        var tail = Array(elements[(lastObject + 1)...])
        while let f = tail.first, f == .skip || f == .gap { tail.removeFirst() }
        return (objects, tail)
    }

    static let prepositionWords: Set<String> = [
        "on", "against", "to", "with", "for", "from", "in", "into", "at", "by", "of", "over",
        "about", "between", "toward", "towards", "upon", "across", "near", "along", "off", "out", "up",
    ]
}
