import DyadActors

extension VerbPatternDictionary {
    /// Adds the patterns of a PETRARCH or TABARI verbs file (see `PetrarchVerbReader`); a
    /// pattern whose id exists replaces it.
    ///
    ///     var d = try VerbPatternDictionary.standard()
    ///     let report = try d.load(petrarchVerbs: "--- AID [070] ---\nAID\n", file: "my.verbs.txt")
    ///     // report.read == 1, d.pattern(id: "my.verbs:2:aid")?.code == "070"
    public mutating func load(petrarchVerbs text: String, file: String,
                              defaults: PetrarchVerbReader.Defaults = .object) throws -> DictionaryReport {
        let (patterns, report) = try PetrarchVerbReader.read(text, file: file, inflection: inflection, taxonomy: taxonomy,
                                                             defaults: defaults)
        for p in patterns { insert(p) }
        return report
    }
}
