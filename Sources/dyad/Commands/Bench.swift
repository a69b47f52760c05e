import ArgumentParser
import DyadCore
import DyadText
import Foundation

extension Dyad {
    /// `dyad bench`: throughput measurements, one subcommand per stage.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure throughput of dyad's stages (use a release build).",
            subcommands: [ParseBench.self, CodeBench.self, StoreBench.self, IngestBench.self]
        )
    }
}

extension Dyad.Bench {
    /// `dyad bench parse`: tokens per second of tagging, and of tagging plus parsing.
    struct ParseBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Tokens per second for tagging alone and for tagging plus parsing, on one core."
        )

        @Option(help: "CoNLL-U file whose words are tagged and parsed.")
        var conllu: String = "../shared/data/ud/en_ewt/en_ewt-ud-test.conllu"

        @Option(help: "Timed runs of each measurement; the median is reported.")
        var runs: Int = 3

        @Option(help: "Folder with tagger.dmod, parser.dmod and lemmatizer.tsv (default: the shipped models).")
        var models: String?

        @Option(help: "Parse with this beam width instead of the parser model's own.")
        var beam: Int?

        func validate() throws {
            if runs < 1 { throw ValidationError("--runs must be at least 1.") }
            if let beam, beam < 1 || beam > 64 { throw ValidationError("--beam must be between 1 and 64.") }
        }

        func run() throws {
            let loadStart = ContinuousClock.now
            var analyzer = try models.map { try SyntacticAnalyzer(modelsIn: URL(fileURLWithPath: $0)) }
                ?? SyntacticAnalyzer.shipped()
            let loadTime = ContinuousClock.now - loadStart
            if let beam { analyzer.parser.beamWidth = beam }
            let gold = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: conllu))
            let sentences = gold.map { $0.words.map(\.form) }
            let tokens = sentences.reduce(0) { $0 + $1.count }
            print("models loaded in \(seconds(loadTime)) s; \(sentences.count) sentences, \(tokens) tokens")

            func measure(_ label: String, _ body: ([String]) -> Int) {
                var wall: [Double] = []
                var cpu: [Double] = []
                var sink = 0
                for _ in 0..<runs {
                    let start = ContinuousClock.now
                    let cpuStart = Self.threadCPUSeconds()
                    for s in sentences { sink &+= body(s) }
                    cpu.append(Double(tokens) / (Self.threadCPUSeconds() - cpuStart))
                    wall.append(Double(tokens) / seconds(ContinuousClock.now - start))
                }
                wall.sort()
                cpu.sort()
                let all = wall.map { String(Int($0)) }.joined(separator: ", ")
                print("\(label): \(Int(wall[wall.count / 2])) tokens/s wall, \(Int(cpu[cpu.count / 2])) tokens/CPU-s "
                    + "(median of \(runs); wall: \(all))\(sink == 42 ? " " : "")")
            }
            measure("tagging") { analyzer.tagger.tag($0).count }
            measure("tagging+parsing") { analyzer.tagAndParse($0).heads.count }
        }

        /// CPU time of the calling thread, so other jobs on a shared machine count less.
        static func threadCPUSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }

        private func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
    }
}
