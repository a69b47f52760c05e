import DyadCore
import DyadServe
import Testing

@Suite struct EvidenceHighlightTests {
    func evidence(_ text: String, source: Span?, verb: Span?, target: Span?) -> Evidence {
        Evidence(article: "a", url: nil, sentence: 0, text: text, sourceSpan: source, targetSpan: target, verbSpan: verb, pattern: "p")
    }

    func cut(_ e: Evidence) -> [String] {
        EvidenceHighlight(e).segments.map { s in s.role.map { "[\($0.rawValue):\(s.text)]" } ?? s.text }
    }

    @Test func cutsAtUnicodeScalarOffsets() {
        // "Ελλάδα" is 6 scalars; the flag is 2 scalars but one character.
        let e = evidence("Ελλάδα backed 🇺🇦 Ukraine.", source: Span(0, 6), verb: Span(7, 13), target: Span(17, 24))
        #expect(cut(e) == ["[source:Ελλάδα]", " ", "[verb:backed]", " 🇺🇦 ", "[target:Ukraine]", "."])
    }

    @Test func clipsSpansOutOfRangeAndKeepsTheSourceWhereSpansOverlap() {
        let e = evidence("Russia warned.", source: Span(0, 8), verb: Span(7, 13), target: Span(12, 99))
        #expect(cut(e) == ["[source:Russia w]", "[verb:arne]", "[target:d.]"])
        #expect(EvidenceHighlight(e).segments.map(\.text).joined() == "Russia warned.")
    }

    @Test func aSentenceWithoutSpansIsOnePlainSegment() {
        #expect(cut(evidence("No spans here.", source: nil, verb: nil, target: nil)) == ["No spans here."])
        #expect(cut(evidence("", source: Span(0, 3), verb: nil, target: nil)).isEmpty)
    }
}
