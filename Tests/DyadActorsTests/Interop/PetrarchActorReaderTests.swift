import DyadActors
import DyadCore
import DyadText
import Testing

@Suite struct PetrarchActorReaderTests {
    func date(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    @Test func datedCodesMakeAPersonWhoseFirstMatchingRoleWins() throws {
        var d = ActorDictionary()
        let report = try d.load(petrarchActors: """
            SAM_GAMGEE [HOB]  # default
            +SAMWISE
            \t[HOBCIV <20080120]
            \t[ORCHOB 20100109-20100112] # overrides the next one
            \t[HOBMIL 20080120-20121109]
            \t[HOBGOV >121109]
            """, file: "t.actors.txt")
        let e = try #require(d["Sam Gamgee"])
        #expect(e.kind == .person)
        #expect(e.aliases == ["Samwise"])
        #expect(e.country == "HOB")
        #expect(e.code(on: date("2007-05-01")) == "HOBCIV")
        #expect(e.code(on: date("2010-01-10")) == "ORCHOB")
        #expect(e.code(on: date("2010-01-12")) == "ORCHOB")  // END is the range's last day
        #expect(e.code(on: date("2010-01-13")) == "HOBMIL")
        #expect(e.code(on: date("2013-02-01")) == "HOBGOV")
        #expect(report.read == 1 && report.skipped == 0)
    }

    @Test func twoDigitYearsPivotAtThirty() {
        #expect(PetrarchText.date("300101") == CalendarDate(year: 2030, month: 1, day: 1))
        #expect(PetrarchText.date("310101") == CalendarDate(year: 1931, month: 1, day: 1))
        #expect(PetrarchText.date("19270101") == CalendarDate(year: 1927, month: 1, day: 1))
        #expect(PetrarchText.date("20100931") == nil)
        #expect(PetrarchText.date("201005011") == nil)
    }

    @Test func withoutAnUndatedCodeAPersonFallsBackToEliteOfTheCountry() throws {
        var d = ActorDictionary()
        _ = try d.load(petrarchActors: "ONODOHER\n  [ONO <911226]\n", file: "t.txt")
        let e = try #require(d["Onodoher"])
        #expect(e.code(on: date("1990-01-01")) == "ONO")
        #expect(e.code(on: date("1995-01-01")) == "ONOELI")
    }

    @Test func undatedNamesAddToTheEntryWithTheirCode() throws {
        var d = ActorDictionary()
        try d.load(parsing: "country: ISR\nname: Israel\nadjectives: Israeli\n", file: "c.actors")
        let report = try d.load(petrarchActors: """
            ISRAEL [ISR]
            +STATE_OF_ISRAEL
            ISRAELI_TROOPS [ISRMIL]
            UNITED_NATIONS [IGOUNO]
            +U.N.
            +UN_
            HAMAS WING [PSEHMSBRD]
            """, file: "t.txt")
        let isr = try #require(d["ISR"])
        #expect(isr.kind == .country && isr.name == "Israel" && isr.adjectives == ["Israeli"])
        #expect(isr.aliases == ["State of Israel"])
        #expect(d["ISRMIL"]?.kind == .group && d["ISRMIL"]?.country == "ISR" && d["ISRMIL"]?.name == "Israeli Troops")
        #expect(d["IGOUNO"]?.kind == .igo && d["IGOUNO"]?.aliases == ["U.N.", "UN"])
        #expect(d["PSEHMSBRD"]?.name == "Hamas Wing")
        #expect(report.read == 4 && report.produced == 6)
    }

    @Test func aNewThreeLetterCodeIsACountrySoAgentsCombineWithIt() throws {
        var actors = ActorDictionary()
        _ = try actors.load(petrarchActors: "ARNOR_  [ARN]\nGONDOR [GON]\n", file: "a.txt")
        var agents = AgentDictionary()
        _ = try agents.load(petrarchAgents: "TROOPS {} [~MIL]\n", file: "g.txt")
        #expect(actors["ARN"]?.kind == .country)
        var resolver = ActorResolver(actors: actors, matcher: MentionMatcher(actors: actors, agents: agents), date: nil)
        let tokens = Tokenizer().tokenize("Arnor troops entered Gondor.")
        let found = resolver.resolve(Sentence(index: 0, paragraph: 0, text: "Arnor troops entered Gondor.", tokens: tokens))
        #expect(found.compactMap(\.ref?.code) == ["ARNMIL", "GON"])
    }

    @Test func aPersonListedByCountryOnlyTakesTheRoleNamedBeforeThem() throws {
        var actors = ActorDictionary()
        _ = try actors.load(petrarchActors: "ARNOR_  [ARN]\nGONDOR [GON]\nUMBARDACIL [ARN]\n", file: "a.txt")
        var agents = AgentDictionary()
        _ = try agents.load(petrarchAgents: "PRESIDENT [~GOV]\n", file: "g.txt")
        var resolver = ActorResolver(actors: actors, matcher: MentionMatcher(actors: actors, agents: agents), date: nil)
        let text = "Arnor President Umbardacil arrived in Gondor."
        let found = resolver.resolve(Sentence(index: 0, paragraph: 0, text: text, tokens: Tokenizer().tokenize(text)))
        #expect(found.compactMap(\.ref?.code) == ["ARNGOV", "GON"])
        #expect(found.first?.start == 0 && found.first?.end == 3)
    }

    @Test(arguments: [
        ("PRESIDENT_GEORGE_W._BUSH", "President George W. Bush"),
        ("AL-QAEDA", "Al-Qaeda"),
        ("U.S.", "U.S."),
        ("UN_", "UN"),
        ("PKK", "PKK"),
        ("XI_JINPING", "Xi Jinping"),
        ("IMF", "Imf"),
        ("O'BRIEN", "O'Brien"),
    ])
    func namesAreTitleCasedExceptAcronyms(raw: String, written: String) {
        #expect(PetrarchNames.writtenForm(raw) == written)
    }

    @Test func irregularEntriesAreSkippedAndCounted() throws {
        let (actors, report) = try PetrarchActorReader.read("""
            <!-- a comment
            BOGUS [XXX] still in the comment -->
            BOROMIR  [---]
            THE_SHIRE  [FRO/BIL/SAM 950101-990101]
            LORIEN [ELR/g1]
            PALESTINIAN [pse]
            GOLLUM
            \t[HOB < 950601]
            \t[HOBGOV 19950601 - 19990815]
            \t[HOBREB 990816-990101]
            FAEROE]_ [FRO
            """, file: "odd.txt")
        #expect(actors.map(\.names[0]) == ["Palestinian", "Gollum", "Faeroe"])
        #expect(actors[0].codes.map(\.code) == ["PSE"])
        #expect(actors[1].codes.count == 2)
        #expect(actors[2].codes.map(\.code) == ["FRO"])
        #expect(report.read == 3 && report.skipped == 3)
        #expect(report.skipped("names without a usable code") == 3)
        #expect(report.noted("dated codes with several actors (A/B)") == 1)
        #expect(report.noted("codes with several actors (A/B) that are not actor codes") == 1)
        #expect(report.noted("date ranges that end before they start, dropped") == 1)
        #expect(report.noted("lines with irregular brackets, read leniently") == 1)
        #expect(report.summary.hasPrefix("odd.txt: PETRARCH actors, 3 read, 3 skipped"))
    }

    @Test func aCodeOfSeveralActorsMakesACollective() throws {
        var d = ActorDictionary()
        let report = try d.load(petrarchActors: "THE_SHIRE  [FRO/BIL/SAM]\n+HOBBITON\n", file: "w.actors.txt")
        let e = try #require(d["The Shire"])
        #expect(e.kind == .collective && e.members == ["FRO", "BIL", "SAM"] && e.aliases == ["Hobbiton"])
        #expect(report.produced == 1 && report.noted("codes with several actors (A/B), read as collectives") == 1)
    }

    @Test func binaryDataIsAnErrorWithFileAndLine() {
        #expect(throws: DyadError.badData(file: "bin.txt", line: 2, reason: "NUL character: binary data, not a text dictionary")) {
            _ = try PetrarchActorReader.read("ARNOR [ARN]\nGON\0DOR [GON]\n", file: "bin.txt")
        }
    }

    @Test func sniffingTellsTheThreeKindsFromOtherFiles() {
        #expect(PetrarchDictionaryKind.sniff("# c\nAFGHANISTAN_  [AFG]\n") == .actors)
        #expect(PetrarchDictionaryKind.sniff("<!-- x -->\n!PERSON! = MAN, MEN\nCHAIR!PERSON! [~GOV]\n") == .agents)
        #expect(PetrarchDictionaryKind.sniff("POLICE {} [~COP]\n") == .agents)
        #expect(PetrarchDictionaryKind.sniff("&CURRENCY\n+DOLLARS\n--- GRANT [070] ---\n") == .verbs)
        #expect(PetrarchDictionaryKind.sniff("--- GRANT [070] ---\nGRANT\n") == .verbs)
        #expect(PetrarchDictionaryKind.sniff("<ISSUE CATEGORY=\"X\">\nn:school [EDUCATION]\n") == nil)
        #expect(PetrarchDictionaryKind.sniff("+5K RUN\nBASEBALL\n") == nil)
        #expect(PetrarchDictionaryKind.sniff("n:school [EARLY_EDUCATION]\n") == nil)
    }
}
