import DyadCoder
import DyadCore
import DyadTestSupport
import DyadText
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

    @Test func ploverGoldRecordsReadAsTriplesOfTheirActorLists() throws {
        let suite = """
            {"id":"p1","date":"2000-01-01","text":"Jordan and Britain agreed to hold exercises.","expected":[{"event":"AGREE","source":[{"code":"JOR"},{"code":"GBR"}],"target":[],"source_cameo_style":["JOR","GBR"],"target_cameo_style":[]}],"cameo":"0312","flags":{"reciprocal":true}}
            {"id":"p2","date":"2000-01-01","text":"Finland gave Tanzania a grant.","expected":[{"event":"AID","source":[{"code":"FIN"}],"target":[{"code":"TZA"}],"source_cameo_style":["FIN"],"target_cameo_style":["TZA"]}],"cameo":"071","flags":{}}
            {"id":"p3","date":"2000-01-01","text":"Protesters marched.","expected":[{"event":"PROTEST","source":[{"code":"FRA"}],"target":[],"source_cameo_style":["FRAOPP"],"target_cameo_style":[]}],"cameo":"141","flags":{}}
            {"id":"p4","date":"2000-01-01","text":"No code.","expected":[{"event":"AID","source":[{"code":"FIN"}],"target":[{"code":"TZA"}],"source_cameo_style":["FIN"],"target_cameo_style":["TZA"]}],"cameo":null,"flags":{}}
            """
        let records = try SuiteEvaluator.records(fromJSONL: suite, file: "p.jsonl")
        #expect(records.map(\.scored) == [true, true, false, false])
        #expect(records[0].expected.map(\.description).sorted() == ["GBR JOR 0312", "JOR GBR 0312"])
        #expect(records[1].expected.map(\.description) == ["FIN TZA 071"])
    }

    @Test func malformedSuiteLinesNameTheLine() {
        #expect(throws: DyadError.badData(file: "s.jsonl", line: 2, reason: "a record needs \"id\" and \"text\"")) {
            try SuiteEvaluator.records(fromJSONL: "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}", file: "s.jsonl")
        }
    }

    struct Baselines: Decodable {
        struct Suite: Decodable {
            let path: String
            let f1: Double
            let root_f1: Double
            /// The suite's own dictionary files, used instead of the shipped ones.
            let dictionaries: [String]?
            /// How the suite's PETRARCH verbs find a verb's default target.
            let verb_defaults: String?
            /// How the suite codes a plain future ("will contribute"): "intent" or "action".
            let future: String?
            /// How the suite codes a collective ("the Shire", `[FRO/BIL/SAM]`): "each" or "joined".
            let collectives: String?
        }
        let tolerance: Double
        let suites: [Suite]

        static func load() throws -> Baselines {
            let url = SharedData.packageRoot.appendingPathComponent("Benchmarks/baselines.json")
            return try JSONDecoder().decode(Baselines.self, from: Data(contentsOf: url))
        }
    }

    /// The suites in Benchmarks/baselines.json, coded on dependency trees with dyad's own
    /// dictionaries: a score may not drop more than the tolerance below its committed baseline.
    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func suitesStayWithinToleranceOfTheirBaselines() throws {
        let baselines = try Baselines.load()
        #expect(!baselines.suites.isEmpty)
        let syntax = try SyntacticAnalyzer.shipped()
        let shipped = EventCoder(resources: try CodingResources.load(), syntax: syntax)
        for suite in baselines.suites {
            var coder = shipped
            if let files = suite.dictionaries {
                // The suite's own world (e.g. PETRARCH's test countries): its files alone.
                let scratch = try ScratchDirectory(prefix: "dyad-suite")
                defer { scratch.remove() }
                let dir = scratch.url
                for f in files {
                    let url = SharedData.url(f)
                    try FileManager.default.copyItem(at: url, to: dir.appendingPathComponent(url.lastPathComponent))
                }
                let defaults = try #require(PetrarchVerbReader.Defaults(rawValue: suite.verb_defaults ?? "object"))
                let future = try #require(CodingResources.FutureTense(rawValue: suite.future ?? "intent"))
                let collectives = try #require(CodingResources.Collectives(rawValue: suite.collectives ?? "each"))
                coder = EventCoder(resources: try CodingResources.load(userDirectory: dir, includeShipped: false,
                                                                        verbDefaults: defaults, future: future,
                                                                        collectives: collectives),
                                   syntax: syntax)
            }
            let text = try String(contentsOf: SharedData.url(suite.path), encoding: .utf8)
            let report = SuiteEvaluator(coder: coder).evaluate(try SuiteEvaluator.records(fromJSONL: text, file: suite.path))
            print("\(suite.path): \(report.summaryLine)")
            #expect(report.exact.f1 >= suite.f1 - baselines.tolerance, "\(suite.path): F1 \(report.exact.f1) < baseline \(suite.f1)")
            #expect(report.root.f1 >= suite.root_f1 - baselines.tolerance, "\(suite.path): root F1 \(report.root.f1) < baseline \(suite.root_f1)")
        }
    }
}
