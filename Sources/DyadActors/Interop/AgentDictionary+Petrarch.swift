extension AgentDictionary {
    /// Adds the agents of a PETRARCH or TABARI agents file (see `PetrarchAgentReader`).
    ///
    ///     var d = AgentDictionary()
    ///     let report = try d.load(petrarchAgents: "POLICE {} [~COP]\n", file: "my.agents.txt")
    ///     // d.agents["police"]?.role == "COP", no "polices"
    public mutating func load(petrarchAgents text: String, file: String) throws -> DictionaryReport {
        var (agents, report) = try PetrarchAgentReader.read(text, file: file)
        for a in agents {
            insert(phrase: a.phrase, role: a.role, origin: "\(file):\(a.line)", plurals: a.plurals)
            report.produced += 1 + (a.plurals?.count ?? 1)
        }
        return report
    }
}
