import ArgumentParser
import DyadCore
import DyadText
import Foundation

extension Dyad {
    /// `dyad train tagger|parser|lemmatizer`: trains a model from CoNLL-U files.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the tagger, parser or lemmatizer from CoNLL-U treebanks.",
            discussion: """
                Progress and per-epoch dev scores go to stderr. Training is deterministic for a \
                given --seed. The parser trains on tags predicted by taggers trained on the other \
                folds of the training data (--jackknife), and its dev set is tagged with --tagger.
                """
        )

        enum Component: String, ExpressibleByArgument, CaseIterable {
            case tagger, parser, lemmatizer
        }

        @Argument(help: "What to train.")
        var component: Component

        @Option(name: .customLong("train"), help: "Training treebank in CoNLL-U; repeat it to train on several, read in the order given.")
        var trainFiles: [String] = []

        @Option(name: .customLong("dev"), help: "Development treebank in CoNLL-U, scored after each epoch.")
        var devFile: String?

        @Option(name: .customLong("out"), help: "Where to write the model file.")
        var outFile: String

        @Option(help: "Training epochs (default 10 for the tagger, 12 for the parser).")
        var epochs: Int?

        @Option(help: "After training, drop weights of this magnitude or less to shrink the model (default: 1 for the parser, none for the tagger and for --average).")
        var prune: Float?

        @Option(name: .customLong("from"), help: "Instead of training, read this tagger or parser model, prune it at --prune and write it to --out; the feature table keeps its size, so the file is larger than when pruned by training.")
        var fromModel: String?

        @Option(name: .customLong("average"), parsing: .upToNextOption, help: ArgumentHelp("Instead of training, read these parser models (two or more, trained alike: same relations, direction and beam width, for instance with other seeds), average their weights feature by feature, prune the mean at --prune (default: keep every non-zero mean) and write it to --out. The mean parser scores each transition with the mean of their scores, at the speed of one parser.", valueName: "model"))
        var averageModels: [String] = []

        @Option(help: "Seed of the shuffling and exploration generator.")
        var seed: UInt64 = 1

        @Option(help: "Tagger model used to tag the parser's dev set (default: the shipped tagger).")
        var tagger: String?

        @Option(help: "Folds for jackknifed training tags of the parser (0 trains on gold tags).")
        var jackknife: Int = 4

        @Option(help: "Epochs of each jackknife tagger.")
        var taggerEpochs: Int = 8

        @Option(help: "Parser beam width: 1 trains a greedy parser with the dynamic oracle; more trains with beam search and max-violation updates, and the model parses with that beam.")
        var beam: Int = 1

        @Option(help: "Parser direction: ltr reads sentences left to right, rtl right to left (trained on the reversed sentences); the model file records it.")
        var direction: String = "ltr"

        @Option(help: "Parser feature templates: words (word and tag atoms, the shipped parser's) or suffixes (also 3-letter suffixes and shapes of the stack and buffer tops); the model file records them.")
        var features: String = ParserFeatureSet.wordsAndTags.name

        func validate() throws {
            if !averageModels.isEmpty {
                if component != .parser { throw ValidationError("--average takes parser models.") }
                if !trainFiles.isEmpty || fromModel != nil { throw ValidationError("--average cannot be used with --train or --from.") }
                if averageModels.count < 2 { throw ValidationError("--average needs at least two parser models.") }
            } else if let fromModel {
                if !trainFiles.isEmpty { throw ValidationError("--from and --train cannot be used together.") }
                if prune == nil { throw ValidationError("--from needs --prune.") }
                if component == .lemmatizer || fromModel.isEmpty { throw ValidationError("--from takes a tagger or parser model.") }
            } else if trainFiles.isEmpty {
                throw ValidationError("Missing expected argument '--train <train>'.")
            }
            if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1.") }
            if jackknife == 1 || jackknife < 0 { throw ValidationError("--jackknife must be 0 or at least 2.") }
            if beam < 1 || beam > 64 { throw ValidationError("--beam must be between 1 and 64.") }
            if DependencyParser.Direction(rawValue: direction) == nil { throw ValidationError("--direction must be ltr or rtl.") }
            if ParserFeatureSet(name: features) == nil {
                throw ValidationError("--features must be \(ParserFeatureSet.allCases.map(\.name).joined(separator: " or ")).")
            }
        }

        func run() throws {
            if !averageModels.isEmpty {
                var parsers: [(parser: DependencyParser, file: String)] = []
                for file in averageModels {
                    let p = try DependencyParser(contentsOf: URL(fileURLWithPath: file))
                    log("read \(file): \(p.size.features) features, \(p.size.weights) weights")
                    parsers.append((p, file))
                }
                let model = try DependencyParser.mean(of: parsers, threshold: prune ?? 0)
                log("mean of \(parsers.count) parsers: \(model.size.features) features, \(model.size.weights) weights"
                    + (prune.map { " after pruning at \($0)" } ?? ""))
                let out = URL(fileURLWithPath: outFile)
                try model.write(to: out)
                log("wrote \(out.path)")
                return
            }
            if let fromModel, let prune {
                let url = URL(fileURLWithPath: fromModel), out = URL(fileURLWithPath: outFile)
                if component == .tagger {
                    try Tagger(contentsOf: url).pruned(threshold: prune).write(to: out)
                } else {
                    let model = try DependencyParser(contentsOf: url).pruned(threshold: prune)
                    log("kept \(model.size.features) features, \(model.size.weights) weights after pruning at \(prune)")
                    try model.write(to: out)
                }
                log("wrote \(out.path)")
                return
            }
            var train: [CoNLLUSentence] = []
            for file in trainFiles {
                let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: file))
                if trainFiles.count > 1 { log("read \(sentences.count) training sentences from \(file)") }
                train += sentences
            }
            let dev = try devFile.map { try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: $0)) } ?? []
            log("read \(train.count) training and \(dev.count) dev sentences")
            let out = URL(fileURLWithPath: outFile)
            switch component {
            case .tagger:
                var options = TaggerTrainer.Options()
                options.epochs = epochs ?? 10
                options.seed = seed
                var model = TaggerTrainer(options: options).train(train, dev: dev) { r in
                    var line = "epoch \(r.epoch): train \(fmt(r.trainAccuracy))"
                    if let u = r.devUPOS, let x = r.devXPOS { line += ", dev UPOS \(fmt(u)) XPOS \(fmt(x))" }
                    log(line + ", \(r.features) features")
                }
                if let prune { model = model.pruned(threshold: prune) }
                try model.write(to: out)
            case .parser:
                let devTagger: Tagger
                if let tagger {
                    devTagger = try Tagger(contentsOf: URL(fileURLWithPath: tagger))
                } else {
                    devTagger = try SyntacticAnalyzer.shipped().tagger
                }
                var tagged = train
                if jackknife >= 2 {
                    var topt = TaggerTrainer.Options()
                    topt.epochs = taggerEpochs
                    topt.seed = seed
                    tagged = TaggerTrainer(options: topt).jackknifed(train, folds: jackknife) { log($0) }
                }
                var options = ParserTrainer.Options()
                options.epochs = epochs ?? 12
                options.seed = seed
                options.beam = beam
                options.direction = DependencyParser.Direction(rawValue: direction) ?? .leftToRight
                options.features = ParserFeatureSet(name: features) ?? .wordsAndTags
                let devExamples = dev.map { ParserTrainer.Example(devTagger.retag($0)) }
                var model = ParserTrainer(options: options).train(tagged.map(ParserTrainer.Example.init), dev: devExamples) { r in
                    var line = "epoch \(r.epoch): train \(beam > 1 ? "sentences" : "transitions") \(fmt(r.trainAccuracy))"
                    if let u = r.devUAS, let l = r.devLAS { line += ", dev UAS \(fmt(u)) LAS \(fmt(l))" }
                    log(line + ", \(r.features) features, \(Int(r.seconds)) s")
                } improved: { best in
                    // The best epoch so far, pruned, so a long run can be stopped early.
                    try? best.pruned(threshold: prune ?? 1).write(to: out)
                }
                model = model.pruned(threshold: prune ?? 1)
                log("kept \(model.size.features) features, \(model.size.weights) weights after pruning at \(prune ?? 1)")
                try model.write(to: out)
            case .lemmatizer:
                let model = LemmatizerTrainer().train(train)
                if !dev.isEmpty {
                    var ok = 0, n = 0
                    for s in dev {
                        for w in s.words {
                            n += 1
                            if model.lemma(w.form, upos: w.upos, xpos: w.xpos) == w.lemma { ok += 1 }
                        }
                    }
                    log("dev lemma accuracy with gold tags: \(fmt(Double(ok) / Double(max(1, n))))")
                }
                try model.write(to: out)
            }
            log("wrote \(out.path)")
        }

        private func fmt(_ x: Double) -> String { String(format: "%.2f", 100 * x) }

        private func log(_ s: String) {
            FileHandle.standardError.write(Data((s + "\n").utf8))
        }
    }
}
