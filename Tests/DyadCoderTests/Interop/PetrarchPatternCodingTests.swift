import DyadCoder
import DyadCore
import DyadTestSupport
import DyadText
import Foundation
import Testing

/// How patterns read from PETRARCH dictionaries code, on sentences written for the tests, with
/// a small dictionary of made-up states.
@Suite struct PetrarchPatternCodingTests {
    static let actors = """
        ARNOR [ARN]
        GONDOR [GON]
        BREE [BRE]
        MORDOR [MOR]
        OSGILIATH [OSG]
        """
    static let verbs = """
        --- LEAVE [012] ---
        LEAVE

        --- LEFT [042:043] ---
        LEFT

        --- RISEN [---] ---
        RISEN
        - {DEATH TOLL} * [190]

        --- CRITICIZE [111] ---
        CRITICIZE
        - HEAVILY UNJUSTLY * [123]

        --- WELCOME [050] ---
        WELCOME

        --- URGE [023] ---
        URGE

        --- WIN [010] ---
        WIN

        --- DELAY [120] ---
        DELAY
        - % HAVE * [191]

        --- CELEBRATE [051] ---
        CELEBRATE
        - * EID (AT ^) (WITH +) [017]
        """

    static let coder: EventCoder = {
        let scratch = try! ScratchDirectory(prefix: "petrarch-coding")
        defer { scratch.remove() }
        let dir = scratch.url
        try! actors.write(to: dir.appendingPathComponent("t.actors.txt"), atomically: true, encoding: .utf8)
        try! verbs.write(to: dir.appendingPathComponent("t.verbs.txt"), atomically: true, encoding: .utf8)
        let resources = try! CodingResources.load(userDirectory: dir, includeShipped: false, verbDefaults: .clause)
        return EventCoder(resources: resources, syntax: try! SyntacticAnalyzer.shipped())
    }()

    func triples(_ text: String) -> Set<String> {
        let article = Article(id: "t", published: "1995-01-11", body: [text], sourceFormat: "text")
        return Set(Self.coder.code(article).events.map { "\($0.source.code) \($0.cameo) \($0.target?.code ?? "-")" })
    }

    @Test func aVerbEntryForAnInflectedFormWinsOverItsLemmasEntry() {
        #expect(triples("Arnor left for Gondor on Wednesday.") == ["ARN 042 GON", "GON 043 ARN"])
        #expect(triples("Arnor leaves Gondor on Wednesday.") == ["ARN 012 GON"])
    }

    @Test func wordsBeforeTheVerbMayBeSeparatedByTenseAuxiliariesAndShortGaps() {
        #expect(triples("Arnor's death toll has risen in the dispute with Gondor.") == ["ARN 190 GON"])
        #expect(triples("Arnor's death and injury toll has risen in the dispute with Gondor.") == ["ARN 190 GON"])
        #expect(triples("Arnor's toll has risen in the dispute with Gondor.").isEmpty)
        #expect(triples("Arnor heavily and unjustly criticized Gondor.") == ["ARN 123 GON"])
        #expect(triples("Arnor heavily criticized Gondor.") == ["ARN 111 GON"])
    }

    @Test func aCaretPassesOverANounPhraseThatIsNotTheTarget() throws {
        #expect(triples("Arnor celebrated Eid at Osgiliath with Gondor.") == ["ARN 017 GON"])
        #expect(triples("Arnor celebrated Eid at the old fortress with Gondor.") == ["ARN 017 GON"])
        #expect(triples("Arnor celebrated the victory with Gondor.") == ["ARN 051 GON"])
        var d = VerbPatternDictionary(inflection: try Inflection.standard())
        try d.load(parsing: "017.celebrate_at  017  celebrate eid at ^ with +\n", file: "mine.verbs")
        #expect(d.pattern(id: "017.celebrate_at")?.elements.contains(.phrase) == true)
    }

    @Test func aCompoundSubjectWithWordsBeforeTheVerbActsOnItself() {
        #expect(triples("Gondor and Osgiliath have delayed their meeting.") == ["GON 191 OSG", "OSG 191 GON"])
        #expect(triples("Gondor and Osgiliath delayed their meeting.").isEmpty)
    }

    @Test func aBareInfinitiveAfterHelpIsInTheHelpersChain() {
        // Bree helps and wins, at Arnor's urging: no event of Arnor's own.
        #expect(triples("Arnor urged Bree on Monday to help win a greater role for Gondor.") == ["ARN 023 BRE"])
        #expect(triples("Arnor helped win a greater role for Gondor.") == ["ARN 010 GON"])
    }

    @Test func aListOfSubjectsGoesOnPastAConjunctThatIsNoActor() {
        #expect(triples("Mordor, the Shire, Arnor and Bree welcomed Osgiliath.")
                == ["MOR 050 OSG", "ARN 050 OSG", "BRE 050 OSG"])
        // The parse reads "evil" as a noun conjunct and gives the verb two subjects.
        #expect(triples("Arnor and the evil awful Gondor welcomed a resumption of formal ties with Osgiliath.")
                == ["ARN 050 OSG", "GON 050 OSG"])
    }
}
