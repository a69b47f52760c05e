import DyadCore

/// A noun phrase of a sentence that stands for an actor, with the actor it was resolved to.
public struct ResolvedActor: Sendable, Hashable {
    /// Token range [start, end) of the phrase.
    public var start: Int
    public var end: Int
    /// The actor; for a pronoun or nominal, the best candidate.
    public var ref: ActorRef?
    /// For pronouns and nominals ("it", "the country"): every compatible antecedent, best first.
    public var candidates: [ActorRef]
    /// The phrase is possessive ("Russia's", "its") and modifies a following noun.
    public var isPossessive: Bool
    /// The phrase is a bare country adjective or an attributive name ("Russian", "US" in "US
    /// demands"): an actor only as the modifier of a noun.
    public var isModifier: Bool
    /// The actor was found through a pronoun or a nominal ("it", "the country").
    public var isCoreferent: Bool
    public var isPlural: Bool
    /// The dictionary mentions the phrase is made of.
    public var mentions: [Mention]
    /// Ids of the rules that built or resolved the phrase.
    public var rules: [String]
    /// For a phrase that stands for several actors, one actor per member, the first of them
    /// also in `ref`: a collective of the dictionary ("the Baltic states", "Baltic diplomats")
    /// or roles shared by several countries ("lawmakers in France and Germany"); empty otherwise.
    public var members: [ActorRef] = []
    /// The members are those of a dictionary collective.
    public var isCollective = false

    public init(start: Int, end: Int, ref: ActorRef?, candidates: [ActorRef] = [], isPossessive: Bool = false,
                isModifier: Bool = false, isCoreferent: Bool = false, isPlural: Bool = false,
                mentions: [Mention] = [], rules: [String] = []) {
        self.start = start
        self.end = end
        self.ref = ref
        self.candidates = candidates.isEmpty ? (ref.map { [$0] } ?? []) : candidates
        self.isPossessive = isPossessive
        self.isModifier = isModifier
        self.isCoreferent = isCoreferent
        self.isPlural = isPlural
        self.mentions = mentions
        self.rules = rules
    }

    /// The actors the phrase stands for in events: each member in turn (`eachActor`), except
    /// that with `joiningCollectives` a dictionary collective is one actor whose code joins its
    /// members' (`FRO/BIL/SAM`, as UniversalPetrarch codes it).
    public func actors(joiningCollectives: Bool) -> [ResolvedActor] {
        guard joiningCollectives, isCollective, members.count > 1 else { return eachActor }
        let code = members.map(\.code).joined(separator: "/")
        var one = self
        // The collective is its own country: its members are distinct from every other actor.
        one.ref = ActorRef(code: code, country: code, role: members[0].role,
                           entity: members[0].entity, text: members[0].text)
        one.candidates = [one.ref!]
        one.members = []
        return [one]
    }

    /// The phrase once for each actor it stands for: a collective's members in turn, else itself.
    public var eachActor: [ResolvedActor] {
        guard members.count > 1 else { return [self] }
        return members.map { m in
            var one = self
            one.ref = m
            one.candidates = [m]
            one.members = []
            one.isCollective = false
            return one
        }
    }
}
