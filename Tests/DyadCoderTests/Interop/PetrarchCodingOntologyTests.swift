import DyadCoder
import DyadCore
import DyadTestSupport
import DyadText
import Foundation
import Testing

/// The PETRARCH coding ontology: read from a folder beside the dictionaries, it says what a
/// negated verb codes.
@Suite struct PetrarchCodingOntologyTests {
    static let sample = """
        # a coding ontology -->
        #            0                0
        #            2 Appeal         1 Reduce

        010:0x1000#Make Public Statement
        011:0x1000-0xFFFF
        050:0x0080#DiplomaticCoop
        057:0x0087
        110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
        111:0x7001
        120:-0xFFFF#Reject
        122:-0xFFFF+0x2040+0x300# masked: no negation pair
        023:0x2040
        999:0x1234
        this line is no entry
        """

    @Test func itIsToldApartFromDictionariesByItsFirstEntry() {
        #expect(PetrarchCodingOntology.sniff(Self.sample))
        #expect(!PetrarchCodingOntology.sniff("--- AID [070] ---\nAID\n"))
        #expect(!PetrarchCodingOntology.sniff("ARNOR [ARN]\n"))
        #expect(!PetrarchCodingOntology.sniff("# only comments\n\n"))
        #expect(!PetrarchCodingOntology.sniff("010:ten\n"))
    }

    @Test func aNegationAddsOrTakesAwayTheNegationStep() {
        let (ontology, report) = PetrarchCodingOntology.read(Self.sample, file: "pico.txt")
        #expect(ontology.values["110"] == 0xFFFF + 0x80)
        #expect(ontology.values["011"] == 0x1000 - 0xFFFF)
        #expect(ontology.values["122"] == -0xFFFF + 0x2340)
        #expect(ontology.negations["110"] == "050")
        #expect(ontology.negations["050"] == "110")
        #expect(ontology.negations["010"] == "011")
        #expect(ontology.negations["011"] == "010")
        #expect(ontology.negations["023"] == nil)
        #expect(ontology.negations["111"] == nil)
        // 999 is no CAMEO code; it is read, and has no negation here.
        #expect(ontology.values["999"] == 0x1234)
        #expect(ontology.negations["999"] == nil)
        #expect(report.read == 10)
        #expect(report.skipped("lines that are not CODE:VALUE") == 1)
        #expect(report.summary.hasPrefix("pico.txt: PETRARCH coding ontology, 10 read, 1 skipped"))
    }

    @Test func aFolderWithAnOntologyRecodesNegatedVerbs() throws {
        let scratch = try ScratchDirectory(prefix: "ontology")
        defer { scratch.remove() }
        let dir = scratch.url
        try "ARNOR [ARN]\nGONDOR [GON]\n".write(to: dir.appendingPathComponent("a.actors.txt"), atomically: true, encoding: .utf8)
        try "--- CLASH [110] ---\nCLASH\n".write(to: dir.appendingPathComponent("v.verbs.txt"), atomically: true, encoding: .utf8)
        let article = Article(id: "t", published: "1995-01-11", body: ["Arnor did not clash with Gondor on Sunday."], sourceFormat: "text")
        let plain = try CodingResources.load(userDirectory: dir, includeShipped: false, verbDefaults: .clause)
        #expect(plain.negations.isEmpty)
        let before = EventCoder(resources: plain, syntax: try SyntacticAnalyzer.shipped()).code(article).events
        #expect(before.isEmpty)

        try Self.sample.write(to: dir.appendingPathComponent("ontology.txt"), atomically: true, encoding: .utf8)
        let withOntology = try CodingResources.load(userDirectory: dir, includeShipped: false, verbDefaults: .clause)
        #expect(withOntology.negations["110"] == "050")
        #expect(withOntology.reports.contains { $0.file == "ontology.txt" && $0.format == "PETRARCH coding ontology" })
        let coder = EventCoder(resources: withOntology, syntax: try SyntacticAnalyzer.shipped())
        let events = coder.code(article).events
        #expect(events.map { "\($0.source.code) \($0.cameo) \($0.target?.code ?? "-")" } == ["ARN 050 GON"])
        #expect(events.first?.negated == false)
        #expect(events.first?.evidence.rules.contains("negation.recode") == true)
        let asserted = Article(id: "t", published: "1995-01-11", body: ["Arnor clashed with Gondor on Sunday."], sourceFormat: "text")
        #expect(coder.code(asserted).events.map(\.cameo) == ["110"])
    }
}
