import DyadActors
import DyadCore
import Foundation

/// Everything the coder reads from dictionaries, loaded once and shared by all articles.
public struct CodingResources: Sendable {
    public let actors: ActorDictionary
    public let agents: AgentDictionary
    public let matcher: MentionMatcher
    public let verbs: VerbPatternDictionary
    public let taxonomy: CameoTaxonomy
    /// What was read from each PETRARCH or TABARI file of the user's folder (and which `*.txt`
    /// files were not recognised); empty when there is none.
    public let reports: [DictionaryReport]
    /// How a plain future ("Arnor will contribute aid") is coded.
    public var future: FutureTense = .intent
    /// How an event with a collective ("the Baltic states") is coded.
    public var collectives: Collectives = .each
    /// What a negated verb codes instead of its own code, from a PETRARCH coding ontology file
    /// in the user's folder (see `PetrarchCodingOntology`); empty without one. A pattern's own
    /// negated code, and a refusal's 12x code, come first.
    public var negations: [String: String] = [:]
    /// Phrases whose sentence or article is not coded (`*.discards` and PETRARCH discard files
    /// in the user's folder); empty without any.
    public var discards = DiscardList()
    /// Latitude and longitude of place names, for events' locations: the shipped `*.coordinates`
    /// files, then those of the user's folder; empty unless loaded.
    public var gazetteer = Gazetteer()

    /// How a plain future ("will visit", "is going to sign") is coded. Both keep the event's
    /// modality `intended`; explicit intentions ("plans to", "vowed to") are intents either way.
    public enum FutureTense: String, Sendable, CaseIterable {
        /// As the CAMEO codebook: an announced act is an intent (036, 033x) or a threat (13x).
        case intent
        /// As PETRARCH and TABARI: the act's own code (042, 07x).
        case action
    }

    /// How an event with a collective ("the Baltic states", PETRARCH's `[FRO/BIL/SAM]`) is coded.
    public enum Collectives: String, Sendable, CaseIterable {
        /// One event per member (EST, LVA, LTU), as PETRARCH-1 and TABARI: counts per state add up.
        case each
        /// One event whose actor code joins the members' (`EST/LVA/LTU`), as UniversalPetrarch.
        case joined
    }

    public init(actors: ActorDictionary, agents: AgentDictionary, verbs: VerbPatternDictionary,
                taxonomy: CameoTaxonomy = .standard, reports: [DictionaryReport] = [],
                gazetteer: Gazetteer = Gazetteer()) {
        self.actors = actors
        self.agents = agents
        self.verbs = verbs
        self.taxonomy = taxonomy
        self.reports = reports
        self.gazetteer = gazetteer
        self.matcher = MentionMatcher(actors: actors, agents: agents)
    }

    /// The shipped dictionaries (unless `includeShipped` is false), then the files in
    /// `userDirectory`, which add to or replace shipped entries: every `*.actors`, `*.agents`,
    /// `*.verbs`, `*.discards` and `*.coordinates` file in dyad's formats, then every `*.txt`
    /// file that reads as a PETRARCH or TABARI dictionary (see `PetrarchDictionaryKind.sniff`;
    /// a name with "discard" in it is a discard list), actors before agents before verbs, each
    /// kind in file-name order.
    /// `verbDefaults` says where a PETRARCH verb's own code looks for its target; `future`,
    /// how a plain future is coded; `collectives`, how an event with a collective is coded.
    public static func load(userDirectory: URL? = nil, includeShipped: Bool = true,
                            verbDefaults: PetrarchVerbReader.Defaults = .object,
                            future: FutureTense = .intent, collectives: Collectives = .each) throws -> CodingResources {
        var actors = includeShipped ? try ActorDictionary.standard() : ActorDictionary()
        var agents = includeShipped ? try AgentDictionary.standard() : AgentDictionary()
        var verbs = includeShipped ? try VerbPatternDictionary.standard() : VerbPatternDictionary(inflection: try Inflection.standard())
        var reports: [DictionaryReport] = []
        var negations: [String: String] = [:]
        var discards = DiscardList()
        var gazetteer = includeShipped ? try Gazetteer.standard() : Gazetteer()
        if let dir = userDirectory {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
                throw DyadError.unreadable(input: dir.path, reason: "--dictionaries needs a folder")
            }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "actors") { try actors.load(contentsOf: url) }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "agents") { try agents.load(contentsOf: url) }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "verbs") { try verbs.load(contentsOf: url) }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "discards") {
                try discards.load(parsing: try ShippedDictionaries.read(url), file: url.lastPathComponent, strict: true)
            }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "coordinates") { try gazetteer.load(contentsOf: url) }
            var byKind: [PetrarchDictionaryKind: [(name: String, text: String)]] = [:]
            for url in try ShippedDictionaries.files(in: dir, withExtension: "txt") {
                let text = try ShippedDictionaries.read(url)
                if url.lastPathComponent.lowercased().contains("discard") {
                    reports.append(try discards.load(parsing: text, file: url.lastPathComponent, strict: false))
                } else if PetrarchCodingOntology.sniff(text) {
                    let (ontology, report) = PetrarchCodingOntology.read(text, file: url.lastPathComponent)
                    negations.merge(ontology.negations) { _, new in new }
                    reports.append(report)
                } else if let kind = PetrarchDictionaryKind.sniff(text) {
                    byKind[kind, default: []].append((url.lastPathComponent, text))
                } else {
                    reports.append(DictionaryReport(file: url.lastPathComponent, format: nil))
                }
            }
            for f in byKind[.actors] ?? [] { reports.append(try actors.load(petrarchActors: f.text, file: f.name)) }
            for f in byKind[.agents] ?? [] { reports.append(try agents.load(petrarchAgents: f.text, file: f.name)) }
            for f in byKind[.verbs] ?? [] { reports.append(try verbs.load(petrarchVerbs: f.text, file: f.name, defaults: verbDefaults)) }
        }
        var resources = CodingResources(actors: actors, agents: agents, verbs: verbs, reports: reports, gazetteer: gazetteer)
        resources.future = future
        resources.collectives = collectives
        resources.negations = negations
        resources.discards = discards
        return resources
    }
}
