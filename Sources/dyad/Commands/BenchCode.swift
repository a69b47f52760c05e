import ArgumentParser
import DyadCoder
import DyadCore
import DyadExtract
import DyadIngest
import Foundation

extension Dyad.Bench {
    /// `dyad bench code`: articles and sentences per second of the coder.
    struct CodeBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "code",
            abstract: "Articles and sentences per second of coding (split, actors, patterns), on one core and on all cores."
        )

        @Argument(help: "Article files (text or JSON Lines); default: the bundled examples.")
        var files: [String] = []

        @Option(help: "How many times the corpus is coded in one timed run.")
        var `repeat`: Int = 100

        @Option(help: "Timed runs of each measurement; the median is reported.")
        var runs: Int = 3

        @OptionGroup var dictionaryOptions: DictionaryOptions
        @OptionGroup var structureOptions: StructureOptions

        func validate() throws {
            if runs < 1 || `repeat` < 1 { throw ValidationError("--runs and --repeat must be at least 1.") }
        }

        func run() throws {
            let loadStart = ContinuousClock.now
            let coder = EventCoder(resources: try dictionaryOptions.load(), syntax: try structureOptions.syntax())
            let loadTime = ContinuousClock.now - loadStart
            var inputs = files
            if inputs.isEmpty {
                let examples = URL(fileURLWithPath: "Examples")
                let texts = (try? FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent("articles").path)) ?? []
                inputs = texts.sorted().map { "Examples/articles/\($0)" } + ["Examples/articles.jsonl"]
            }
            var articles: [Article] = []
            let input = ArticleInput()
            for name in inputs {
                input.read(name) { if case let .success(a) = $0 { articles.append(a) } }
            }
            guard !articles.isEmpty else { throw ValidationError("No readable articles in the inputs.") }
            let corpus = Array(repeating: articles, count: `repeat`).flatMap { $0 }
            let sentences = corpus.reduce(0) { $0 + coder.splitter.split(paragraphs: $1.body).count }
            print("dictionaries loaded in \(String(format: "%.3f", seconds(loadTime))) s; \(corpus.count) articles, \(sentences) sentences per run")
            func measure(_ label: String, _ body: () -> Int) {
                var times: [Double] = []
                var events = 0
                for _ in 0..<runs {
                    let start = ContinuousClock.now
                    events = body()
                    times.append(seconds(ContinuousClock.now - start))
                }
                let median = times.sorted()[times.count / 2]
                print("\(label): \(Int(Double(corpus.count) / median)) articles/s, \(Int(Double(sentences) / median)) sentences/s, \(events) events (median of \(runs) runs, \(String(format: "%.3f", median)) s)")
            }
            measure("one core") { corpus.reduce(0) { $0 + coder.code($1).events.count } }
            measure("all \(ProcessInfo.processInfo.activeProcessorCount) cores") {
                corpus.concurrentMap { coder.code($0).events.count }.reduce(0, +)
            }
        }

        private func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
    }
}
