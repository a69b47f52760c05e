import DyadActors
import DyadCoder
import DyadCore
import DyadTestSupport
import DyadText
import Foundation
import Testing

@Suite struct PetrarchVerbReaderTests {
    static let inflection = try! Inflection.standard()

    func read(_ text: String, defaults: PetrarchVerbReader.Defaults = .object) throws -> ([VerbPattern], DictionaryReport) {
        try PetrarchVerbReader.read(text, file: "t.verbs.txt", inflection: Self.inflection, defaults: defaults)
    }

    func texts(_ patterns: [VerbPattern]) -> [String] { patterns.map { "\($0.code) \($0.text)" } }

    /// Triples coded from `text` with the PETRARCH verbs `verbsText` and the actors Arnor and Gondor.
    func coded(_ text: String, verbs verbsText: String, defaults: PetrarchVerbReader.Defaults = .object,
               parsed: Bool = false) throws -> [String] {
        try events(text, verbs: verbsText, defaults: defaults, parsed: parsed)
            .map { "\($0.source.code) \($0.cameo) \($0.target?.code ?? "-")" }
    }

    /// The events coded from `text` with the PETRARCH verbs `verbsText` and the actors Arnor and Gondor.
    func events(_ text: String, verbs verbsText: String, defaults: PetrarchVerbReader.Defaults = .object,
                parsed: Bool = true) throws -> [Event] {
        var verbs = VerbPatternDictionary(inflection: Self.inflection)
        _ = try verbs.load(petrarchVerbs: verbsText, file: "v.txt", defaults: defaults)
        var actors = ActorDictionary()
        _ = try actors.load(petrarchActors: "ARNOR [ARN]\nGONDOR [GON]\n", file: "a.txt")
        let coder = EventCoder(resources: CodingResources(actors: actors, agents: AgentDictionary(), verbs: verbs),
                               syntax: parsed ? try SyntacticAnalyzer.shipped() : nil)
        return coder.code(Article(id: "a", published: "2001-01-01", body: [text], sourceFormat: "text")).events
    }

    @Test func aBlockGivesEachVerbItsDefaultAndEveryPattern() throws {
        let (patterns, report) = try read("""
            --- RESTORE [064] ---
            RESTORE
            REESTABLISH [---]
            - * DIPLOMATIC_TIES [064]   # comment
            - * AID_TO + [073]
            """)
        #expect(texts(patterns) == [
            "064 restore +",
            "064 restore ... diplomatic ties ... +", "064 reestablish ... diplomatic ties ... +",
            "073 restore ... aid to ... +", "073 reestablish ... aid to ... +",
        ])
        #expect(patterns[0].id == "t.verbs:2:restore" && patterns[0].origin == "t.verbs.txt:2")
        #expect(patterns[0].targetIsDirectObject)
        #expect(report.read == 4 && report.skipped == 0 && report.produced == 5)
    }

    @Test func synsetsBecomeAlternativesOrVariantsOneLevelDeep() throws {
        let (patterns, report) = try read("""
            &CURRENCY
            +DOLLARS
            +SWISS FRANCS
            &TIETYPES_
            +MILITARY
            +ECONOMIC
            &ANY
            +&TIETYPES
            +CLOSER
            &DEEP
            +&ANY
            --- GRANT [070] ---
            GIVE {GAVE GIVEN GIVING}
            - * &CURRENCY [071]
            - * &ANY TIES [064]
            - * &DEEP TIES [064]
            - * &MISSING [064]
            """)
        #expect(texts(patterns) == [
            "070 give +",
            "071 give ... dollars ... +", "071 give ... swiss francs ... +",
            "064 give ... military|economic|closer ... ties ... +",
        ])
        #expect(patterns[1].id == "t.verbs:14:give.1" && patterns[2].id == "t.verbs:14:give.2")
        #expect(report.skipped("patterns with synsets nested more than one level") == 1)
        #expect(report.skipped("patterns with an undefined synset") == 1)
    }

    @Test func clauseDefaultsLookForTheTargetAnywhereTheVerbGoverns() throws {
        let text = "--- RESTORE [064] ---\nRESTORE\n"
        let (object, _) = try PetrarchVerbReader.read(text, file: "t.verbs.txt", inflection: try Inflection.standard())
        let (clause, _) = try PetrarchVerbReader.read(text, file: "t.verbs.txt", inflection: try Inflection.standard(), defaults: .clause)
        #expect(texts(object) == ["064 restore +"])
        #expect(texts(clause) == ["064 restore ... +"])
        #expect(clause[0].targetIsDirectObject)
    }

    @Test func aPatternLineThatLostItsDashIsReadLeniently() throws {
        let (patterns, report) = try read("--- BEGIN [---] ---\nBEGIN\n* (TO QUESTION) [110]\n")
        #expect(texts(patterns) == ["110 begin ... to ... question ... +"])
        #expect(report.noted("pattern lines without '-', read leniently") == 1)
    }

    @Test func inexpressiblePatternsAreSkippedAndCounted() throws {
        let (patterns, report) = try read("""
            --- AGREE [030:031] ---
            AGREE
            WIRE_+TAP
            - (SAID) * TO ATTEND [030]
            - $ * WITH + [031]
            - + * [030]
            - * WITH % [031]
            - % * WITH + [032]
            - * + THAT $ WILL PULLOUT [0356]
            - * EFFORT [0X]
            - * CARD [---]
            - * (BEFORE COURT) [:173]
            - ^ * TALKS [040]
            """)
        #expect(texts(patterns) == ["030 agree +", "031 agree ... with ... +", "--- agree ... effort ... +", "--- agree ... card ... +",
                                    "173 agree ... before ... court ... + reverse=yes"])
        #expect(report.skipped("patterns with a phrase (...) before the verb") == 1)
        #expect(report.skipped("patterns with the target before the verb") == 1)
        #expect(report.skipped("patterns with compound actors (%)") == 1)
        #expect(report.skipped("patterns with compound actors (%) and a target") == 1)
        #expect(report.skipped("patterns with the source after the verb ($)") == 1)
        // A code that is no event code, or the null code, still matches its words and codes nothing.
        #expect(report.noted("patterns with codes that are not event codes read as patterns that code nothing") == 1)
        #expect(report.noted("patterns with null codes ([---]) read as patterns that code nothing") == 1)
        #expect(report.skipped("patterns with '^'") == 1)
        #expect(report.skipped("verbs of several words not starting with the verb (A_+B)") == 1)
        // [030:031]: the verb's default codes 030 and, from the target's side, 031.
        #expect(patterns.first?.alsoCode == "031")
        #expect(patterns.dropFirst().allSatisfy { $0.alsoCode == nil })
        // [:173]: only the target's act toward the subject.
        #expect(patterns.map(\.reversed) == [false, false, false, false, true])
        #expect(report.read == 5 && report.skipped == 7)
    }

    @Test func theTargetBeforeTheVerbAndTheSourceAfterItReadReversed() throws {
        let verbs = """
            --- RECEIVE [040] ---
            RECEIVE
            - + * MONEY $ [071]
            - + * (FROM $) [080]
            """
        let (patterns, report) = try read(verbs)
        #expect(texts(patterns) == ["040 receive +", "071 receive ... money ... + reverse=yes", "080 receive ... from ... + reverse=yes"])
        #expect(report.noted("patterns with the target before the verb and the source after it, read reversed") == 2)
        #expect(try coded("Gondor received money from Arnor.", verbs: verbs, parsed: true) == ["ARN 071 GON"])
        #expect(try coded("Gondor received Arnor.", verbs: verbs, parsed: true) == ["GON 040 ARN"])
        // In the passive the slot actor does it to the passive subject.
        let free = """
            --- FREE [066] ---
            FREE
            - + * FROM $ [080]
            """
        #expect(try coded("Gondor was freed from Arnor.", verbs: free, parsed: true) == ["ARN 080 GON"])
    }

    @Test func codesBelowACameoCodeAndForeignCodesAreCodedAsTheyAre() throws {
        let verbs = """
            --- ATTACK [190] ---
            ATTACK
            - * + WITH DRONES [1951]
            - * + WITH BATONS [212]
            - * + WITH WORDS [X1]
            """
        let (patterns, report) = try read(verbs)
        #expect(texts(patterns) == ["190 attack +", "1951 attack ... + ... with ... drones", "212 attack ... + ... with ... batons",
                                    "--- attack ... + ... with ... words"])
        #expect(report.noted("codes outside CAMEO, coded as they are (no quad class or Goldstein score)") == 1)
        #expect(report.noted("patterns with codes that are not event codes read as patterns that code nothing") == 1)
        #expect(try coded("Arnor attacked Gondor with drones.", verbs: verbs, parsed: true) == ["ARN 1951 GON"])
        // A WEIS code: its own code, with no quad class or Goldstein score.
        #expect(try coded("Arnor attacked Gondor with batons.", verbs: verbs, parsed: true) == ["ARN 212 GON"])
        let weis = try events("Arnor attacked Gondor with batons.", verbs: verbs)
        #expect(weis.map(\.quad) == [nil] && weis.map(\.goldstein) == [nil] && weis.map(\.plover) == [nil])
        #expect(weis.map(\.label) == ["Code outside CAMEO"] && weis.map(\.root) == ["21"])
        // The words of a code that is no event code are not the verb's 190 either.
        #expect(try coded("Arnor attacked Gondor with words.", verbs: verbs, parsed: true) == [])
        #expect(try coded("Arnor attacked Gondor with tanks.", verbs: verbs, parsed: true) == ["ARN 190 GON"])
    }

    @Test func petrarch2PhrasesAndMultiWordVerbsMapToWordsAfterTheVerb() throws {
        let (patterns, _) = try read("""
            --- RUSH [042] ---
            +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
            SPEED {SPED SPEEDING}
            - * {ARMS SHIPMENT} [072]
            - * POLICE (TO BORDER) [153]
            """)
        #expect(texts(patterns) == [
            "042 cordon off +", "042 speed +",
            "072 cordon off ... arms shipment ... +", "072 speed ... arms shipment ... +",
            "153 cordon off ... police ... to ... border ... +", "153 speed ... police ... to ... border ... +",
        ])
    }

    @Test func withClauseDefaultsAPatternWithoutTargetFindsItAfterOrBeforeItsWords() throws {
        let verbs = """
            --- ALLOW [080] ---
            ALLOW
            - * REALLY_PLEASANT [024]
            --- GRANT [070] ---
            GIVE {GAVE GIVEN GIVING}
            - * AID [073]
            - *_LEAVE [066]
            """
        let (clause, _) = try read(verbs, defaults: .clause)
        #expect(texts(clause).filter { $0.hasPrefix("073") } == ["073 give ... aid ... +", "073 give ... + ... aid"])
        // Words right after the verb (`*_LEAVE`) leave no room for the target before them.
        #expect(texts(clause).filter { $0.hasPrefix("066") } == ["066 give leave ... +"])
        // PETRARCH-2 reads a pattern's words as the verb's own phrase: the target comes after them.
        let (object, _) = try read(verbs)
        #expect(texts(object).filter { $0.hasPrefix("073") } == ["073 give ... aid ... +"])
        func clauseCoded(_ text: String) throws -> [String] { try coded(text, verbs: verbs, defaults: .clause, parsed: true) }
        #expect(try clauseCoded("Arnor allowed that Gondor is not a really pleasant place to visit.") == ["ARN 024 GON"])
        #expect(try coded("Arnor allowed that Gondor is not a really pleasant place to visit.", verbs: verbs, parsed: true) == ["ARN 080 GON"])
        #expect(try clauseCoded("Arnor gave Gondor aid.") == ["ARN 073 GON"])
        #expect(try clauseCoded("Arnor gave aid to Gondor.") == ["ARN 073 GON"])
        #expect(try clauseCoded("Arnor allowed Gondor to pass.") == ["ARN 080 GON"])
        // In the passive, the target before the words is the passive subject.
        #expect(try clauseCoded("Gondor was given aid by Arnor.") == ["ARN 073 GON"])
    }

    @Test func aCompoundSubjectPatternIsMutual() throws {
        let (patterns, _) = try read("""
            --- DELAY [120] ---
            DELAY
            - % * [120]
            - % * TALKS [161]
            """)
        #expect(texts(patterns) == ["120 delay +", "120 delay mutual=yes", "161 delay ... talks mutual=yes"])
        #expect(patterns.map(\.mutual) == [false, true, true])
        let triples = try coded("Arnor and Gondor delayed their talks.", verbs: "--- DELAY [120] ---\nDELAY\n- % * TALKS [161]\n")
        #expect(Set(triples) == ["ARN 161 GON", "GON 161 ARN"])
    }

    @Test func wordsBeforeTheVerbMustComeRightBeforeIt() throws {
        let (patterns, report) = try read("""
            &MANNER
            +HEAVILY
            +SHARPLY
            --- CRITICIZE [111] ---
            CRITICIZE
            - &MANNER * [122]
            - $ JOIN IN * [132]
            """)
        #expect(texts(patterns) == ["111 criticize +", "122 criticize ... + before=heavily|sharply"])
        #expect(report.skipped("patterns with words and the source before the verb") == 1)
        let verbs = "&MANNER\n+HEAVILY\n+SHARPLY\n--- CRITICIZE [111] ---\nCRITICIZE\n- &MANNER * [122]\n"
        func codes(_ text: String) throws -> [String] { try coded(text, verbs: verbs).map { String($0.split(separator: " ")[1]) } }
        #expect(try codes("Arnor sharply criticized Gondor.") == ["122"])
        #expect(try codes("Arnor criticized Gondor.") == ["111"])
        #expect(try codes("Heavily armed, Arnor criticized Gondor.") == ["111"])
    }

    @Test func aSynsetOfPhrasesBeforeTheVerbSaysTheNegation() throws {
        let verbs = """
            &NEGAUX
            +DID N'T
            +WILL NOT
            --- CLASH [190] ---
            CLASH
            - &NEGAUX * WITH [903]
            - &NEGAUX EVER * WITH [904]
            """
        let (patterns, _) = try read(verbs)
        #expect(texts(patterns) == ["190 clash +", "903 clash ... with ... + before=did_n't", "903 clash ... with ... + before=will_not",
                                    "904 clash ... with ... + before=did_n't,ever", "904 clash ... with ... + before=will_not,ever"])
        #expect(try coded("Arnor didn't clash with Gondor.", verbs: verbs, parsed: true) == ["ARN 903 GON"])
        #expect(try coded("Arnor will not ever clash with Gondor.", verbs: verbs, parsed: true) == ["ARN 904 GON"])
        #expect(try coded("Arnor clashed with Gondor.", verbs: verbs, defaults: .clause, parsed: true) == ["ARN 190 GON"])
        // Another negation is still the verb's: no pattern says it, so nothing is coded.
        #expect(try coded("Arnor never clashed with Gondor.", verbs: verbs, parsed: true) == [])
        let trace = try events("Arnor didn't clash with Gondor.", verbs: verbs)
        #expect(trace.first?.negated == false && trace.first?.evidence.rules.contains("negation.in-pattern") == true)
    }

    @Test func wordsJoinedByAnUnderscoreBeforeTheVerbStandTogether() throws {
        let verbs = """
            &NEGAUX
            +DID NOT
            --- CLASH [190] ---
            CLASH
            - MOST_CERTAINLY_&NEGAUX_EVER * OVER [907]
            - &NEGAUX EVER * OVER [905]
            - {DEATH TOLL} * [190]
            """
        let (patterns, _) = try read(verbs)
        #expect(patterns.map(\.text).contains("clash ... over ... + before=most_certainly_did_not_ever"))
        #expect(patterns.map(\.text).contains("clash ... over ... + before=did_not,ever"))
        // The words of a `{...}` phrase need only share it.
        #expect(patterns.map(\.text).contains("clash ... + before=death,toll"))
        #expect(try coded("Arnor most certainly did not ever clash over Gondor.", verbs: verbs, parsed: true) == ["ARN 907 GON"])
        // "really" and "even" stand between words that must stand together: the looser pattern codes.
        #expect(try coded("Arnor most certainly really did not even ever clash over Gondor.", verbs: verbs, parsed: true)
                == ["ARN 905 GON"])
    }

    @Test func aClauseDefaultCodesThePassiveToo() throws {
        #expect(try coded("Arnor was opposed by Gondor.", verbs: "--- OPPOSE [110] ---\nOPPOSE\n", defaults: .clause, parsed: true)
                == ["GON 110 ARN"])
    }

    @Test func loadedPatternsCodeASentence() throws {
        #expect(try coded("Arnor accused Gondor.", verbs: "--- ACCUSE [112] ---\nACCUSE\n") == ["ARN 112 GON"])
    }
}

/// The PETRARCH reference verb dictionaries load, with what was read and skipped counted.
@Suite(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
struct PetrarchReferenceVerbTests {
    @Test(arguments: [
        "reference/petrarch2-dictionaries/PETR.Validate.verbs.txt",
        "reference/petrarch2-dictionaries/CAMEO.2.0.txt",
        "eval/universal-petrarch/dictionaries/PETR_Validate_verbs_2_02.txt",
    ])
    func referenceVerbFilesLoad(path: String) throws {
        let url = SharedData.url(path)
        var d = VerbPatternDictionary(inflection: PetrarchVerbReaderTests.inflection)
        let report = try d.load(petrarchVerbs: try ShippedDictionaries.read(url), file: url.lastPathComponent)
        #expect(report.read > report.skipped, "\(report.summary)")
        #expect(d.patterns.count == report.produced)
        #expect(!d.verbPatterns(forForm: "accused").isEmpty || !d.verbPatterns(forForm: "agreed").isEmpty)
    }

    @Test func theValidationFolderLoadsAsCodingResourcesWithOneReportPerFile() throws {
        let dir = SharedData.url("eval/universal-petrarch/dictionaries")
        let r = try CodingResources.load(userDirectory: dir, includeShipped: false)
        let formats = Dictionary(uniqueKeysWithValues: r.reports.map { ($0.file, $0.format ?? "ignored") })
        #expect(formats["PETR_Validate_actors_2_02.txt"] == "PETRARCH actors")
        #expect(formats["PETR_Validate_agents_2_02.txt"] == "PETRARCH agents")
        #expect(formats["PETR_Validate_verbs_2_02.txt"] == "PETRARCH verbs")
        #expect(formats["PETR_Validate_discards_2_02.txt"] == "PETRARCH discards")
        #expect(r.discards.match(["a", "typhoon", "hit"])?.wholeArticle == true)
        #expect(formats["PETR.Internal.Coding.Ontology.txt"] == "PETRARCH coding ontology")
        #expect(r.negations["110"] == "050")
        #expect(r.actors["ARN"] != nil && r.actors["VEN"] == nil)
    }
}
