import DyadCoder
import DyadCore
import DyadTestSupport
import Foundation
import Testing

@Suite struct SuiteEvaluatorTests {
    @Test func scoresExactAndRootMatchesPerRecord() throws {
        let suite = """
            {"id":"r1","date":"2022-03-10","text":"Venezuela backs Russia.","expected":[{"source":"VEN","target":"RUS","code":"051"}]}
            {"id":"r2","date":"2022-03-10","text":"Russia criticized Ukraine.","expected":[{"source":"RUS","target":"UKR","code":"112"}]}
            {"id":"r3","date":"2022-03-10","text":"Nothing happened here.","expected":[],"flags":{"noevents":true}}
            {"id":"r4","date":"2022-03-10","text":"Ignored.","expected":[{"source":"A","target":"B","code":"010"}],"flags":{"valid":false}}
            """
        let records = try SuiteEvaluator.records(fromJSONL: suite, file: "s.jsonl")
        let coder = EventCoder(resources: try CodingResources.load())
        let report = SuiteEvaluator(coder: coder).evaluate(records)
        #expect(report.scored == 3)
        #expect(report.skipped == 1)
        #expect(report.exact.expected == 2)
        #expect(report.exact.truePositives == 1)  // 051 exact; 111 (criticize) vs 112 differ
        #expect(report.root.truePositives == 2)   // both roots match
        #expect(report.correct == 2)               // r1 and the empty r3
        #expect(report.summaryLine.hasPrefix("F1 "))
    }

    @Test func malformedSuiteLinesNameTheLine() {
        #expect(throws: DyadError.badData(file: "s.jsonl", line: 2, reason: "a record needs \"id\" and \"text\"")) {
            try SuiteEvaluator.records(fromJSONL: "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}", file: "s.jsonl")
        }
    }

    /// The GSR suites with dyad's own dictionaries: a regression floor, measured and committed.
    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)),
          arguments: [
            ("eval/petrarch2/GigaWord.sample.PETR+PETR2_GSR_codes.jsonl", 0.24),
            ("eval/universal-petrarch/PETR2_GSR_validation.jsonl", 0.19),
          ])
    func gsrSuitesStayAboveTheirBaseline(_ path: String, _ floor: Double) throws {
        let text = try String(contentsOf: SharedData.url(path), encoding: .utf8)
        let records = try SuiteEvaluator.records(fromJSONL: text, file: path)
        let report = SuiteEvaluator(coder: EventCoder(resources: try CodingResources.load())).evaluate(records)
        print("\(path): \(report.summaryLine)")
        #expect(report.exact.f1 >= floor)
    }
}
