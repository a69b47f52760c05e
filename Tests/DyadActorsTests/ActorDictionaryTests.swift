import DyadActors
import DyadCore
import DyadText
import DyadTestSupport
import Testing

@Suite struct ActorDictionaryLoadingTests {
    @Test func shippedDictionariesLoadAndCoverTheRequiredSets() throws {
        let d = try ActorDictionary.standard()
        let countries = d.entries.filter { $0.kind == .country }
        let igos = d.entries.filter { $0.kind == .igo }
        let people = d.entries.filter { $0.kind == .person }
        #expect(countries.count >= 198)  // 193 UN members, 2 observers, Taiwan, Kosovo, Hong Kong, Western Sahara
        for code in ["VEN", "RUS", "USA", "UKR", "TWN", "XKX", "HKG", "PSE", "ESH", "VAT", "SSD"] {
            #expect(d[code] != nil, "missing country \(code)")
        }
        #expect(igos.count >= 60)
        #expect(people.count >= 1000)
        #expect(d.entries.filter { $0.kind == .group }.count >= 200)
        #expect(d.entries.filter { $0.kind == .place }.count >= 2000)
        #expect(try AgentDictionary.standard().agents.count >= 100)
        // Every code a person, group or place stands for names a country or organisation known here,
        // or is built on one (a role or group code after the country).
        let bases = Set(d.entries.filter { [.country, .region, .igo].contains($0.kind) }.map(\.key)) .union(["IMG", "NGO", "MNC"])
        for e in d.entries where [.group, .place, .person].contains(e.kind) {
            #expect(bases.contains(where: { e.country.hasPrefix($0) }), "\(e.origin): unknown country \(e.country)")
        }
    }

    @Test func shippedEntriesResolveOnTheirDates() throws {
        let d = try ActorDictionary.standard()
        #expect(d["Aleppo"]?.country == "SYR")
        #expect(d["PSEREBHMS"]?.kind == .group)
        let suleiman = try #require(d["Michel Suleiman"])
        #expect(suleiman.roles.contains { $0.code == "LBNGOV" && $0.from == CalendarDate(iso: "2008-05-25") })
    }

    @Test func readsAStanzaWithDatedRoles() throws {
        var d = ActorDictionary()
        try d.load(parsing: """
            # a comment
            person: Jane Example
            aliases: Example
            country: VEN
            roles: VENGOV 2013-03-05..2019-01-10; VENGOV 2020-01-01..
            otherwise: VENOPP
            """, file: "test.actors")
        let e = try #require(d["Jane Example"])
        #expect(e.code(on: CalendarDate(iso: "2015-01-01")) == "VENGOV")
        #expect(e.code(on: CalendarDate(iso: "2019-01-10")) == "VENOPP")
        #expect(e.code(on: CalendarDate(iso: "2024-05-01")) == "VENGOV")
        #expect(e.code(on: CalendarDate(iso: "2000-01-01")) == "VENOPP")
    }

    @Test func aUserEntryReplacesAShippedOne() throws {
        var d = try ActorDictionary.standard()
        try d.load(parsing: "country: VEN\nname: Venezuela\naliases: Bolivarian Republic\n", file: "mine.actors")
        #expect(d["VEN"]?.aliases == ["Bolivarian Republic"])
        #expect(d["VEN"]?.origin == "mine.actors:1")
    }

    @Test(arguments: [
        ("country: VEN\nnamee: Venezuela\n", "bad.actors:2: unknown key 'namee' in a country entry (allowed: adjectives, aliases, capitals, country, demonyms, name, seats)"),
        ("country: VEN\n", "bad.actors:1: country VEN has no 'name:'"),
        ("country: ven\nname: Venezuela\n", "bad.actors:1: 'ven' is not an actor code (3-3 capital letters, e.g. VEN, IGOUNO, VENGOV)"),
        ("\n\nperson: X\ncountry: VEN\nroles: VENGOV 2013-02-30..\n", "bad.actors:5: '2013-02-30' is not a valid date (YYYY-MM-DD)"),
        ("person: X\ncountry: VEN\nroles: VENGOV 2019-01-01..2013-01-01\n", "bad.actors:3: date range 2019-01-01..2013-01-01 ends before it starts"),
        ("person: X\nroles: VENGOV\n", "bad.actors:1: person 'X' has no 'country:'"),
        ("leader: X\n", "bad.actors:1: an entry must start with 'country:', 'igo:', 'group:', 'person:', 'region:', 'place:' or 'collective:', found 'leader:'"),
        ("collective: Gulf\naliases: the Gulf\n", "bad.actors:1: collective 'Gulf' has no 'members:'"),
        ("collective: Gulf\nmembers: SAU\n", "bad.actors:2: collective 'Gulf' needs two or more members, found 1"),
        ("collective: Gulf\nmembers: SAU; kwt\n", "bad.actors:2: 'kwt' is not an actor code (3-15 capital letters, e.g. VEN, IGOUNO, VENGOV)"),
        ("collective: Gulf\nmembers: SAU; KWT\ncountry: SAU\n", "bad.actors:3: unknown key 'country' in a collective entry (allowed: adjectives, aliases, collective, members)"),
        ("country: VEN\nname Venezuela\n", "bad.actors:2: expected 'key: value', found 'name Venezuela'"),
        ("country: VEN\nname: A\nname: B\n", "bad.actors:3: key 'name' appears twice in one entry (entries are separated by a blank line)"),
    ])
    func reportsErrorsWithFileAndLine(_ text: String, _ message: String) {
        var d = ActorDictionary()
        expectError(message) { try d.load(parsing: text, file: "bad.actors") }
    }

    @Test func agentErrorsNameTheLine() {
        var a = AgentDictionary()
        expectError("x.agents:2: expected 'phrase = ROLE', found 'troops MIL'") {
            try a.load(parsing: "president = GOV\ntroops MIL\n", file: "x.agents")
        }
        expectError("x.agents:1: 'mil' is not a role code (capital letters, e.g. GOV, MIL, REB)") {
            try a.load(parsing: "troops = mil\n", file: "x.agents")
        }
    }

    @Test func agentsGetTheirRegularPlural() throws {
        var a = AgentDictionary()
        try a.load(parsing: "official = GOV\nmilitary policeman = COP\nembassy = GOV\n", file: "x.agents")
        #expect(a.agents["officials"]?.role == "GOV")
        #expect(a.agents["military policemen"]?.role == "COP")
        #expect(a.agents["embassies"]?.role == "GOV")
    }
}

@Suite struct ActorResolutionTests {
    let actors: ActorDictionary
    let matcher: MentionMatcher

    init() throws {
        actors = try ActorDictionary.standard()
        matcher = MentionMatcher(actors: actors, agents: try AgentDictionary.standard())
    }

    func codes(_ text: String, date: String? = "2022-03-10") -> [String] {
        var r = ActorResolver(actors: actors, matcher: matcher, date: date.flatMap(CalendarDate.init(iso:)))
        return SentenceSplitter().split(paragraph: text).flatMap { r.resolve($0) }.compactMap { $0.ref?.code }
    }

    @Test func leadersResolveByTheArticleDate() {
        #expect(codes("Trump spoke.", date: "2019-05-01") == ["USAGOV"])
        #expect(codes("Trump spoke.", date: "2022-03-10") == ["USAELI"])
        #expect(codes("Maduro spoke.") == ["VENGOV"])
        #expect(codes("Joe Biden spoke.", date: "2015-06-01") == ["USAELI"])
    }

    @Test func coordinatedCountryWordsShareTheRoleThatFollows() {
        #expect(codes("American and British activists protested.") == ["USAOPP", "GBROPP"])
        #expect(codes("Indian, Pakistani and Chinese troops withdrew.") == ["INDMIL", "PAKMIL", "CHNMIL"])
        // A conjunct with its own role keeps it.
        #expect(codes("Indian officials and Chinese troops met.") == ["INDGOV", "CHNMIL"])
        // A common noun may stand between the country word and the role.
        #expect(codes("Palestinian health officials said.") == ["PSEGOV"])
    }

    @Test func roleNounsCoordinatedAfterACountryRoleShareItsCountry() {
        #expect(codes("Danish media and government warned Russia.") == ["DNKMED", "DNKGOV", "RUS"])
        #expect(codes("Russian officials, diplomats and troops left.") == ["RUSGOV", "RUSGOV", "RUSMIL"])
        // A role against the state is not shared with the state's, nor across a determiner.
        #expect(codes("Israeli soldiers and militants clashed.") == ["ISRMIL", "---UAF"])
        // Across the determiner "the government" is not given the role's country, but stands,
        // by coreference, for the government of the country named before it.
        var r = ActorResolver(actors: actors, matcher: matcher, date: CalendarDate(iso: "2022-03-10"))
        let groups = SentenceSplitter().split(paragraph: "Danish media and the government spoke.").flatMap { r.resolve($0) }
        #expect(groups.compactMap { $0.ref?.code } == ["DNKMED", "DNKGOV"])
        #expect(groups.last?.isCoreferent == true && groups.last?.rules.contains("coref.agent") == true)
    }

    @Test func anAgentOfACountrysInstitutionTakesItsCountry() {
        #expect(codes("Ministers from the Georgian government arrived.") == ["GEOGOV"])
        #expect(codes("Officials of the Russian military spoke.") == ["RUSMIL"])
        // A country word without an institution after it stays apart.
        #expect(codes("Officials from the Russian side spoke.").first == "---GOV")
    }

    @Test func roleNounsCoordinatedBeforeARoleOfACountryShareItsCountry() {
        #expect(codes("Lawmakers and officials in Ukraine protested.") == ["UKRLEG", "UKRGOV"])
        #expect(codes("Doctors, nurses and officials from Gaza spoke.") == ["PSEHLH", "PSEHLH", "PSEGOV"])
        // Armed roles do not take the country they are in; a role against the state is not
        // shared with the state's; a determiner ends the list.
        #expect(codes("Soldiers and officials in Iraq met.") == ["---MIL", "IRQGOV"])
        #expect(codes("Rebels and officials from Syria met.") == ["---REB", "SYRGOV"])
        #expect(codes("The police and the officials of Iraq met.") == ["---COP", "IRQGOV"])
        // Several countries after the role: the roles before it are in each of them.
        var r = ActorResolver(actors: actors, matcher: matcher, date: nil)
        let found = SentenceSplitter().split(paragraph: "Lawmakers and officials in France and Germany met.").flatMap { r.resolve($0) }
        #expect(found.compactMap { $0.ref?.code } == ["FRALEG", "FRAGOV", "DEUGOV"])
        #expect(found.first?.members.map(\.code) == ["FRALEG", "DEULEG"])
        // Shared roles are no collective: they stay one actor per country even when collectives are joined.
        #expect(found.first?.actors(joiningCollectives: true).compactMap(\.ref?.code) == ["FRALEG", "DEULEG"])
    }

    /// Mentions matched earlier and handed to `resolve` give what it finds matching them itself,
    /// salience across sentences included.
    @Test func mentionsGivenToResolveActAsMatchedThere() {
        let text = "Russian President Vladimir Putin met Chinese officials in Beijing. He praised them and the Kremlin said so."
        let sentences = SentenceSplitter().split(paragraph: text)
        var matching = ActorResolver(actors: actors, matcher: matcher, date: CalendarDate(iso: "2022-03-10"))
        var given = ActorResolver(actors: actors, matcher: matcher, date: CalendarDate(iso: "2022-03-10"))
        for s in sentences {
            let a = matching.resolve(s), b = given.resolve(s, mentions: matcher.mentions(in: s.tokens))
            #expect(a.map { "\($0.start)-\($0.end) \($0.ref?.code ?? "-")" } == b.map { "\($0.start)-\($0.end) \($0.ref?.code ?? "-")" })
            #expect(!a.isEmpty)
        }
    }

    @Test func metonymsStandForTheGovernment() {
        #expect(codes("The Kremlin and the White House and Downing Street and Caracas reacted.") == ["RUSGOV", "USAGOV", "GBRGOV", "VENGOV"])
    }

    @Test func agentsCombineWithTheNearestCountry() {
        #expect(codes("The Venezuelan representative met US officials and Russian troops.") == ["VENGOV", "USAGOV", "RUSMIL"])
        #expect(codes("Officials from the White House arrived.") == ["USAGOV"])
    }

    /// The actors of `text` with the stanzas of `extra` added to the shipped dictionaries.
    func resolved(_ text: String, adding extra: String, file: String) throws -> [ResolvedActor] {
        var d = actors
        try d.load(parsing: extra, file: file)
        var r = ActorResolver(actors: d, matcher: MentionMatcher(actors: d, agents: try AgentDictionary.standard()), date: nil)
        return SentenceSplitter().split(paragraph: text).flatMap { r.resolve($0) }
    }

    @Test func aGroupKeepsItsOwnCodeWhenAnAgentFollows() throws {
        let found = try resolved("Abc Front fighters and the ABCF met Russian troops.",
                                 adding: "group: XYZREBABC\nname: Abc Front\naliases: ABCF\ncountry: XYZ\n", file: "groups.actors")
        #expect(found.compactMap { $0.ref?.code } == ["XYZREBABC", "XYZREBABC", "RUSMIL"])
        #expect(found.first?.ref?.country == "XYZ")
    }

    @Test func aPrefixRoleGoesBeforeTheCountry() throws {
        var agents = try AgentDictionary.standard()
        try agents.load(parsing: "aidworks = NGO~\n", file: "mine.agents")
        var r = ActorResolver(actors: actors, matcher: MentionMatcher(actors: actors, agents: agents), date: nil)
        let found = SentenceSplitter().split(paragraph: "Aidworks Norway and Aidworks Norway officials met Russian troops. Aidworks spoke.")
            .flatMap { r.resolve($0) }
        #expect(found.compactMap { $0.ref?.code } == ["NGONOR", "NGONORGOV", "RUSMIL", "---NGO"])
        #expect(found.first?.ref?.country == "NOR")
        #expect(found.first?.rules.contains("actor.prefix-role") == true)
    }

    @Test func aPlaceIsCodedAsItsCountry() throws {
        let found = try resolved("Residents of Halab fled. Rebels in Aleppo and Aleppo officials met.",
                                 adding: "place: Aleppo\naliases: Halab\ncountry: SYR\n", file: "places.actors")
        // Rebels in a place are taken to be its country's.
        #expect(found.compactMap { $0.ref?.code } == ["SYRCVL", "SYRREB", "SYRGOV"])
        #expect(found.last?.ref?.entity == "Aleppo")
    }

    @Test func aPersonWithTitleAndCountryIsOneActor() {
        #expect(codes("Venezuela's socialist President Maduro spoke.") == ["VENGOV"])
        #expect(codes("Russian President Vladimir Putin spoke.") == ["RUSGOV"])
    }

    @Test func anOrganisationOfStatesTakesTheAgentsRole() {
        #expect(codes("UN troops withdrew and NATO officials met the UN.") == ["IGOUNOMIL", "IGOWSTNATGOV", "IGOUNO"])
    }

    @Test func aNameNeedsACapitalSomewhereInItsFirstWord() throws {
        #expect(codes("The minister wants to help iSrael.") == ["---GOV", "ISR"])
        #expect(codes("They flew to israel.") == [])
        // A leading "the" may be written small; the word after it needs the capital.
        let extra = "group: XYZREBABC\nname: The Abc Front\ncountry: XYZ\n"
        #expect(try resolved("Russia met the Abc Front.", adding: extra, file: "groups.actors").compactMap { $0.ref?.code } == ["RUS", "XYZREBABC"])
        #expect(try resolved("Russia met the abc front.", adding: extra, file: "groups.actors").compactMap { $0.ref?.code } == ["RUS"])
    }

    @Test func aCollectiveStandsForEachOfItsMembers() throws {
        let found = try resolved("The Abc monarchies met Iran. Abc diplomats and Russian troops left.",
                                 adding: "collective: Abc monarchies\nadjectives: Abc\nmembers: SAU; KWT; IGOUNO\n",
                                 file: "mine.actors")
        let members = found.filter { !$0.members.isEmpty }
        #expect(members.map { $0.members.map(\.code) } == [["SAU", "KWT", "IGOUNO"], ["SAUGOV", "KWTGOV", "IGOUNOGOV"]])
        #expect(members.allSatisfy { $0.isPlural && $0.rules.contains("actor.collective") })
        // The first member stands in `ref`; the organisation keeps its own country.
        #expect(members.first?.ref?.code == "SAU")
        #expect(members.last?.members.last?.country == "IGOUNO")
        #expect(found.compactMap { $0.ref?.code } == ["SAU", "IRN", "SAUGOV", "RUSMIL"])
        // Each member in turn, or all as one actor whose code joins theirs.
        #expect(members[0].eachActor.compactMap { $0.ref?.code } == ["SAU", "KWT", "IGOUNO"])
        #expect(members[0].eachActor.allSatisfy { $0.members.isEmpty && $0.candidates == [$0.ref!] })
        #expect(members[1].actors(joiningCollectives: true).map(\.ref?.code) == ["SAUGOV/KWTGOV/IGOUNOGOV"])
        #expect(found[1].eachActor.map(\.ref) == [found[1].ref] && found[1].actors(joiningCollectives: true).map(\.ref) == [found[1].ref])
    }

    @Test func theShippedCollectivesAreCoded() {
        #expect(codes("The Baltic states and the two Koreas met Benelux ministers.")
                == ["EST", "PRK", "BELGOV"])
    }

    @Test func regionNamesAreNotReadAsCountries() {
        #expect(codes("Venezuela and other South American countries met Latin America.") == ["VEN", "SAM", "LAM"])
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(codes("Let us go to the UN.") == ["IGOUNO"])
        #expect(codes("The US and the EU met.").count == 2)
    }

    @Test func pronounsResolveToTheLastNamedState() {
        #expect(codes("Venezuela backs Russia. It will not submit to US demands.").prefix(3) == ["VEN", "RUS", "VEN"])
    }

    @Test func possessivePronounWithCountryNounResolvesToTheSpeakersCountry() {
        let c = codes("The Venezuelan representative spoke, while his country abstained.")
        #expect(c == ["VENGOV", "VEN"])
    }
}
