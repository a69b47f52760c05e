import Testing
import DyadStore

@Suite struct DyadSyntaxTests {
    @Test func readsDashAndCommaForms() {
        func parsed(_ s: String) -> [String]? { DyadSyntax.parse(s).map { [$0.source, $0.target] } }
        #expect(parsed("VEN-USA") == ["VEN", "USA"])
        #expect(parsed("VEN,USA") == ["VEN", "USA"])
        #expect(parsed("---CVL-USA") == ["---CVL", "USA"])
        #expect(parsed("USA----CVL") == ["USA", "---CVL"])
        #expect(parsed("---CVL----GOV") == ["---CVL", "---GOV"])
        #expect(parsed("---CVL,USA") == ["---CVL", "USA"])
        for bad in ["VEN", "VEN-", "-VEN", "VEN-USA-RUS", ",USA", "VEN,", "A,B,C", "---CVL", ""] {
            #expect(parsed(bad) == nil, "\(bad)")
        }
    }

    @Test func writesWhatItReadsBack() {
        for (s, t) in [("VEN", "USA"), ("---CVL", "USA"), ("USA", "---CVL"), ("---CVL", "---GOV"), ("A-B", "C")] {
            let written = DyadSyntax.format(source: s, target: t)
            #expect(DyadSyntax.parse(written).map { [$0.source, $0.target] } == [s, t], "\(written)")
        }
        #expect(DyadSyntax.format(source: "VEN", target: "USA") == "VEN-USA")
        #expect(DyadSyntax.format(source: "A-B", target: "C") == "A-B,C")
    }
}
