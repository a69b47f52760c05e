/// How firmly the text asserts that an event happened.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reported as having happened or happening.
    case asserted
    /// Stated as an intention or future action ("will", "plans to", "vowed to").
    case intended
    /// Conditional or possible ("could", "would", "if").
    case hypothetical
    /// Attributed to a third party ("X said that ...", "newspapers reported").
    case reported
    /// Background: happened before the article's time frame ("once threatened", "before ... were imposed").
    case past
}

/// CAMEO quad class.
public enum QuadClass: Int, Sendable, Hashable, Codable, CaseIterable {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    public var name: String {
        switch self {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }
}

/// The PLOVER event type (and mode, when one applies) for a CAMEO code.
public struct PloverType: Sendable, Hashable, Codable {
    public var type: String
    public var mode: String?

    public init(type: String, mode: String? = nil) {
        self.type = type
        self.mode = mode
    }

    enum CodingKeys: String, CodingKey { case type, mode }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(mode, forKey: .mode)  // null when there is none, as in the data model
    }
}

/// A [start, end) span of Unicode scalar offsets into the evidence sentence.
public struct Span: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        start = try c.decode(Int.self)
        end = try c.decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}

/// Where an event came from: the sentence, the spans of its parts and the pattern that fired.
public struct Evidence: Sendable, Hashable, Codable {
    public var article: String
    public var url: String?
    public var sentence: Int
    public var text: String
    public var sourceSpan: Span?
    public var targetSpan: Span?
    public var verbSpan: Span?
    /// Stable id of the verb pattern that fired, e.g. `051.back`.
    public var pattern: String
    /// Ids of the structural rules that shaped the event (passive agent, pronoun, ...).
    public var rules: [String]

    public init(article: String, url: String?, sentence: Int, text: String, sourceSpan: Span?,
                targetSpan: Span?, verbSpan: Span?, pattern: String, rules: [String] = []) {
        self.article = article
        self.url = url
        self.sentence = sentence
        self.text = text
        self.sourceSpan = sourceSpan
        self.targetSpan = targetSpan
        self.verbSpan = verbSpan
        self.pattern = pattern
        self.rules = rules
    }

    enum CodingKeys: String, CodingKey {
        case article, url, sentence, text
        case sourceSpan = "source_span"
        case targetSpan = "target_span"
        case verbSpan = "verb_span"
        case pattern, rules
    }
}

/// A geographic location attached to an event.
public struct Location: Sendable, Hashable, Codable {
    public var name: String
    public var country: String?
    public var lat: Double?
    public var lon: Double?

    public init(name: String, country: String?, lat: Double? = nil, lon: Double? = nil) {
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
    }
}

/// One coded event: who did what to whom, when, with the evidence for it.
public struct Event: Sendable, Hashable, Codable {
    /// `<article>:<sentence>:<n>`.
    public var id: String
    /// `YYYY-MM-DD`.
    public var date: String?
    public var source: ActorRef
    public var target: ActorRef?
    public var cameo: String
    public var root: String
    public var label: String
    /// nil for a code outside CAMEO (a user dictionary's own code that extends no CAMEO code):
    /// it has no place on CAMEO's quad classes or Goldstein's scale.
    public var quad: QuadClass?
    public var goldstein: Double?
    public var plover: PloverType?
    public var modality: Modality
    public var negated: Bool
    public var confidence: Double
    public var location: Location?
    /// How many times the article reports this event (the same source, target and code).
    public var mentions: Int
    /// The first mention's evidence.
    public var evidence: Evidence
    /// The evidence of the later mentions, in article order (empty when `mentions` is 1).
    public var moreEvidence: [Evidence]

    public init(id: String, date: String?, source: ActorRef, target: ActorRef?, cameo: String,
                root: String, label: String, quad: QuadClass?, goldstein: Double?,
                plover: PloverType?, modality: Modality, negated: Bool, confidence: Double,
                location: Location? = nil, mentions: Int = 1, evidence: Evidence, moreEvidence: [Evidence] = []) {
        self.id = id
        self.date = date
        self.source = source
        self.target = target
        self.cameo = cameo
        self.root = root
        self.label = label
        self.quad = quad
        self.goldstein = goldstein
        self.plover = plover
        self.modality = modality
        self.negated = negated
        self.confidence = confidence
        self.location = location
        self.mentions = mentions
        self.evidence = evidence
        self.moreEvidence = moreEvidence
    }

    enum CodingKeys: String, CodingKey {
        case id, date, source, target, cameo, root, label, quad, goldstein, plover, modality, negated
        case confidence, location, mentions, evidence
        case moreEvidence = "more_evidence"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        source = try c.decode(ActorRef.self, forKey: .source)
        target = try c.decodeIfPresent(ActorRef.self, forKey: .target)
        cameo = try c.decode(String.self, forKey: .cameo)
        root = try c.decode(String.self, forKey: .root)
        label = try c.decode(String.self, forKey: .label)
        quad = try c.decodeIfPresent(QuadClass.self, forKey: .quad)
        goldstein = try c.decodeIfPresent(Double.self, forKey: .goldstein)
        plover = try c.decodeIfPresent(PloverType.self, forKey: .plover)
        modality = try c.decode(Modality.self, forKey: .modality)
        negated = try c.decode(Bool.self, forKey: .negated)
        confidence = try c.decode(Double.self, forKey: .confidence)
        location = try c.decodeIfPresent(Location.self, forKey: .location)
        // Events written before mentions were counted are single mentions.
        mentions = try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 1
        evidence = try c.decode(Evidence.self, forKey: .evidence)
        moreEvidence = try c.decodeIfPresent([Evidence].self, forKey: .moreEvidence) ?? []
    }

    /// The same event reported again: one more mention, its evidence kept, the higher confidence.
    public mutating func merge(_ other: Event) {
        mentions += other.mentions
        moreEvidence.append(other.evidence)
        moreEvidence.append(contentsOf: other.moreEvidence)
        confidence = max(confidence, other.confidence)
    }
}
