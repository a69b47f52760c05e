import DyadCore
import DyadText

extension ActorDictionary {
    /// Adds the entries of a PETRARCH or TABARI actors file (see `PetrarchActorReader`).
    ///
    /// An entry with date restrictions becomes a `person` entry keyed by its first name: the
    /// dated codes are its roles, in file order (the first that contains the date wins), the
    /// undated code is `otherwise` (without one, the country plus `ELI`, dyad's default). An
    /// entry with one undated code names the actor with that code: its names are added as
    /// aliases to the dictionary's entry with that key when there is one (so `AFGHANISTAN_
    /// [AFG]` adds to dyad's Afghanistan), otherwise they make a new entry: a `country` for a
    /// three-letter code (agents combine with it: `Israeli troops` = `ISRMIL`), an `igo` for
    /// an `IGO...` code, a `group` for any other code, whose country is its first three letters.
    /// An entry whose undated code names several actors (`[FRO/BIL/SAM]`) is a `collective`.
    ///
    ///     var d = ActorDictionary()
    ///     let report = try d.load(petrarchActors: "ISRAEL [ISR]\n+ISRAELI\n", file: "my.actors.txt")
    ///     // d["ISR"]?.aliases == ["Israeli"], report.read == 1
    public mutating func load(petrarchActors text: String, file: String) throws -> DictionaryReport {
        var (actors, report) = try PetrarchActorReader.read(text, file: file)
        for a in actors {
            let origin = "\(file):\(a.line)"
            let dated = a.datedCodes
            if a.codes.count - dated.count > 1 {
                report.note("entries with more than one undated code (the first is used)", line: a.line)
            }
            if !dated.isEmpty {
                let first = a.defaultCode ?? dated[0].code
                let country = String(first.prefix(3))
                let roles = dated.map { DatedRole(code: $0.code, from: $0.from, until: $0.until) }
                insert(ActorEntry(kind: .person, key: a.names[0], name: a.names[0], country: country,
                                  aliases: Array(a.names.dropFirst()), adjectives: [], demonyms: [], capitals: [],
                                  seats: [], roles: roles, otherwise: a.defaultCode ?? country + "ELI", office: nil,
                                  origin: origin))
                report.produced += 1
            } else if a.defaultMembers.count > 1 {
                // `THE_SHIRE [FRO/BIL/SAM]`: a collective named by the entry's first name.
                insert(ActorEntry(kind: .collective, key: a.names[0], name: a.names[0], country: a.defaultMembers[0],
                                  aliases: Array(a.names.dropFirst()), adjectives: [], demonyms: [], capitals: [],
                                  seats: [], roles: [], otherwise: a.defaultMembers[0], office: nil, origin: origin,
                                  members: a.defaultMembers))
                report.produced += 1
            } else if let code = a.defaultCode {
                report.produced += addNames(a.names, toCode: code, origin: origin)
            }
        }
        return report
    }

    /// Adds `names` to the entry keyed `code`, creating it when absent; returns how many names were new.
    private mutating func addNames(_ names: [String], toCode code: String, origin: String) -> Int {
        if let e = self[code] {
            let known = Set(([e.name] + e.aliases).map(TextFold.fold))
            let new = names.filter { !known.contains(TextFold.fold($0)) }
            guard !new.isEmpty else { return 0 }
            insert(ActorEntry(kind: e.kind, key: e.key, name: e.name, country: e.country, aliases: e.aliases + new,
                              adjectives: e.adjectives, demonyms: e.demonyms, capitals: e.capitals, seats: e.seats,
                              roles: e.roles, otherwise: e.otherwise, office: e.office, origin: e.origin))
            return new.count
        }
        let kind: ActorKind = code.count == 3 ? .country : code.hasPrefix("IGO") ? .igo : .group
        let country = kind == .group ? String(code.prefix(3)) : code
        insert(ActorEntry(kind: kind, key: code, name: names[0], country: country, aliases: Array(names.dropFirst()),
                          adjectives: [], demonyms: [], capitals: [], seats: [], roles: [], otherwise: code,
                          office: nil, origin: origin))
        return names.count
    }
}
