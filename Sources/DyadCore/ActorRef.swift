/// An actor as coded in an event: the CAMEO-style code and what it was made of.
public struct ActorRef: Sendable, Hashable, Codable {
    /// Full actor code: country or organisation followed by role codes, e.g. `VENGOV`, `IGOUNO`.
    public var code: String
    /// Country (ISO 3166 alpha-3, or a CAMEO region/IGO code) the actor belongs to, if any.
    public var country: String?
    /// Primary role code (`GOV`, `MIL`, `ELI`, ...), if any.
    public var role: String?
    /// Canonical name of the named entity behind the mention ("Nicolas Maduro", "Venezuela").
    public var entity: String?
    /// The text of the mention as it appears in the sentence.
    public var text: String

    public init(code: String, country: String?, role: String?, entity: String?, text: String) {
        self.code = code
        self.country = country
        self.role = role
        self.entity = entity
        self.text = text
    }
}
