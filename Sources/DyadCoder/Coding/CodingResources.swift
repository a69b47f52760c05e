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

    public init(actors: ActorDictionary, agents: AgentDictionary, verbs: VerbPatternDictionary,
                taxonomy: CameoTaxonomy = .standard) {
        self.actors = actors
        self.agents = agents
        self.verbs = verbs
        self.taxonomy = taxonomy
        self.matcher = MentionMatcher(actors: actors, agents: agents)
    }

    /// The shipped dictionaries, then every `*.actors`, `*.agents` and `*.verbs` file in
    /// `userDirectory` (which add to or replace shipped entries).
    public static func load(userDirectory: URL? = nil) throws -> CodingResources {
        var actors = try ActorDictionary.standard()
        var agents = try AgentDictionary.standard()
        var verbs = try VerbPatternDictionary.standard()
        if let dir = userDirectory {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
                throw DyadError.unreadable(input: dir.path, reason: "--dictionaries needs a folder")
            }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "actors") { try actors.load(contentsOf: url) }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "agents") { try agents.load(contentsOf: url) }
            for url in try ShippedDictionaries.files(in: dir, withExtension: "verbs") { try verbs.load(contentsOf: url) }
        }
        return CodingResources(actors: actors, agents: agents, verbs: verbs)
    }
}
