import ArgumentParser
import DyadCoder
import DyadCore
import DyadText
import Foundation

extension Dyad {
    /// `dyad eval`: scores the coder on a gold event suite, or the models on a gold treebank.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the event coder on a gold suite, or the tagger and parser on a gold treebank.",
            discussion: """
                With SUITE (JSON Lines: id, date, text, expected [{source, target, code}]), prints \
                exact and root-level precision, recall and F1 over the scored records; the last line is \
                'F1 x root-F1 x P x R x correct n/m'. With --conllu, prints percentages; the last line \
                is 'UPOS x XPOS x lemma x UAS x LAS x'. LAS compares relations without subtypes, as \
                the CoNLL 2018 shared task did.
                """
        )

        @Argument(help: "A gold event suite in JSON Lines.")
        var suite: String?

        @Flag(help: "List each record's misses and false alarms.")
        var verbose = false

        @OptionGroup var dictionaryOptions: DictionaryOptions
        @OptionGroup var structureOptions: StructureOptions

        @Option(help: "Gold treebank in CoNLL-U.")
        var conllu: String?

        @Option(help: "Folder with tagger.dmod, parser.dmod and lemmatizer.tsv (default: the shipped models); used with --conllu and by the coder on a suite.")
        var models: String?

        @Option(help: "With --conllu: also write the predicted analyses to this CoNLL-U file (gold words, one line per word).")
        var predictions: String?

        @Option(help: "With --conllu: parse with this beam width instead of the parser model's own.")
        var beam: Int?

        @Option(help: "With --conllu and companion parsers (parser2.dmod, ... in --models): comma-separated weight of each parser's votes, parser.dmod first (overrides the folder's combination.txt).")
        var voteWeights: String?

        @Option(help: "With --conllu and companion parsers: share of a vote that depends on the parser's confidence in the arc (0 to 1; overrides combination.txt).")
        var voteConfidence: Float?

        @Option(help: "With --conllu and companion parsers: transition-score margin at which a vote counts about three quarters of its confidence share (overrides combination.txt).")
        var voteScale: Float?

        func validate() throws {
            if let voteWeights, voteWeights.split(separator: ",").contains(where: { Float($0) == nil }) {
                throw ValidationError("--vote-weights takes numbers separated by commas.")
            }
            if let voteConfidence, !(0...1).contains(voteConfidence) { throw ValidationError("--vote-confidence must be between 0 and 1.") }
            if let voteScale, !(voteScale > 0) { throw ValidationError("--vote-scale must be positive.") }
            if let beam, beam < 1 || beam > 64 { throw ValidationError("--beam must be between 1 and 64.") }
            if (suite == nil) == (conllu == nil) {
                throw ValidationError("Give either a suite file or --conllu GOLD.conllu.")
            }
        }

        func run() throws {
            if let suite { try runSuite(suite) } else if let conllu { try runTreebank(conllu) }
        }

        private func runSuite(_ path: String) throws {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DyadError.unreadable(input: path, reason: "no such file")
            }
            let records = try SuiteEvaluator.records(fromJSONL: String(decoding: data, as: UTF8.self),
                                                     file: URL(fileURLWithPath: path).lastPathComponent)
            // --models: the coder reads the trees of these models instead of the shipped ones.
            let syntax = try structureOptions.syntax().map { shipped in
                try models.map { try SyntacticAnalyzer(modelsIn: URL(fileURLWithPath: $0)) } ?? shipped
            }
            let evaluator = SuiteEvaluator(coder: EventCoder(resources: try dictionaryOptions.load(), syntax: syntax))
            let report = evaluator.evaluate(records)
            var out = Output()
            if verbose {
                for r in report.results where !r.correct {
                    out.write("\(r.record.id): \(r.record.text)\n")
                    for t in r.record.expected.subtracting(r.predicted).sorted() { out.write("  missed       \(t)\n") }
                    for t in r.predicted.subtracting(r.record.expected).sorted() { out.write("  false alarm  \(t)\n") }
                }
            }
            func f(_ v: Double) -> String { String(format: "%.3f", v) }
            out.write("\(report.scored) records scored, \(report.skipped) skipped; \(report.exact.expected) expected events, \(report.exact.predicted) predicted\n")
            out.write("exact: P \(f(report.exact.precision)) R \(f(report.exact.recall)) F1 \(f(report.exact.f1))\n")
            out.write("root:  P \(f(report.root.precision)) R \(f(report.root.recall)) F1 \(f(report.root.f1))\n")
            out.write(report.summaryLine + "\n")
            out.flush()
        }

        private func runTreebank(_ path: String) throws {
            let gold = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path))
            var analyzer = try models.map { try SyntacticAnalyzer(modelsIn: URL(fileURLWithPath: $0)) }
                ?? SyntacticAnalyzer.shipped()
            if let beam { analyzer.parser.beamWidth = beam }
            if let voteWeights { analyzer.combination.weights = voteWeights.split(separator: ",").compactMap { Float($0) } }
            if let voteConfidence { analyzer.combination.confidence = voteConfidence }
            if let voteScale { analyzer.combination.scale = voteScale }
            var e = Evaluation()
            var predicted = ""
            for g in gold where !g.words.isEmpty {
                let p = analyzer.analyze(g)
                e.add(predicted: p, gold: g)
                if predictions != nil { predicted += Eval.format(p) }
            }
            if let predictions {
                try Data(predicted.utf8).write(to: URL(fileURLWithPath: predictions))
            }
            func f(_ x: Double) -> String { String(format: "%.2f", x) }
            print("\(gold.count) sentences, \(e.words) words")
            print("LAS with relation subtypes \(f(e.lasFullPercent))")
            print("UPOS \(f(e.uposPercent)) XPOS \(f(e.xposPercent)) lemma \(f(e.lemmaPercent)) UAS \(f(e.uasPercent)) LAS \(f(e.lasPercent))")
        }
    
        /// A predicted sentence as CoNLL-U word lines (no multiword tokens), with its comments.
        static func format(_ s: CoNLLUSentence) -> String {
            var out = s.comments.map { $0 + "\n" }.joined()
            for (i, w) in s.words.enumerated() {
                out += [String(i + 1), w.form, w.lemma, w.upos, w.xpos, w.feats, w.head.map(String.init) ?? "_",
                        w.deprel, w.deps, w.misc].joined(separator: "\t") + "\n"
            }
            return out + "\n"
        }
    }
}
