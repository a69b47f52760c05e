import DyadCore
import DyadText

/// A code that applies between two dates (`USAGOV 2021-01-20..2025-01-20`).
public struct DatedRole: Sendable, Hashable {
    public let code: String
    /// First day the code applies; nil for "since always".
    public let from: CalendarDate?
    /// First day the code no longer applies; nil for "still applies".
    public let until: CalendarDate?

    public func contains(_ date: CalendarDate) -> Bool {
        if let from, date < from { return false }
        if let until, date >= until { return false }
        return true
    }
}

/// What an actor dictionary entry is.
public enum ActorKind: String, Sendable, Hashable, Codable {
    case country, igo, group, person, region, place
    /// A name that stands for several actors at once ("the Baltic states"): an event with it
    /// is an event of each member.
    case collective
}

/// One entry of an actor dictionary: a state, an organisation or a person.
public struct ActorEntry: Sendable, Hashable {
    public let kind: ActorKind
    /// Country or IGO code; for a person, the canonical name.
    public let key: String
    public let name: String
    /// The country code the actor belongs to (a person's country; an IGO's own code).
    public let country: String
    public let aliases: [String]
    public let adjectives: [String]
    public let demonyms: [String]
    public let capitals: [String]
    public let seats: [String]
    public let roles: [DatedRole]
    /// Code outside every dated role (persons), or the entity's plain code.
    public let otherwise: String
    public let office: String?
    /// `file:line` the entry came from, for explanations.
    public let origin: String
    /// The codes a collective stands for (`EST`, `LVA`, `LTU`); empty for every other kind.
    public var members: [String] = []

    /// The actor code on `date` (a person's office code, or `otherwise`).
    public func code(on date: CalendarDate?) -> String {
        guard let date else {
            // Without a date, the most recent role is the best guess only for open-ended roles.
            if let open = roles.last(where: { $0.until == nil }) { return open.code }
            return otherwise
        }
        return roles.first(where: { $0.contains(date) })?.code ?? otherwise
    }
}
