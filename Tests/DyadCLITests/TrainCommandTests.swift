import DyadTestSupport
import Foundation
import Testing

/// `dyad train` as a user runs it, on small slices of UD English-EWT.
@Suite struct TrainCommandTests {
    /// Sentences `range` of a CoNLL-U file, each with its blank line.
    func sentences(_ url: URL, _ range: Range<Int>) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        let all = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        return all[range].map { $0 + "\n\n" }.joined()
    }

    /// Writes the first `count` sentences of EWT train to `train.conllu` in `dir`; returns its URL.
    func ewtTrainingSlice(_ count: Int, in dir: URL) throws -> URL {
        let train = dir.appendingPathComponent("train.conllu")
        try Data(sentences(SharedData.url("data/ud/en_ewt/en_ewt-ud-train.conllu"), 0..<count).utf8).write(to: train)
        return train
    }

    /// `--train` repeated trains on all the files, in order: the same model as one file holding both.
    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func repeatedTrainReadsEveryFileInOrder() throws {
        let ewt = SharedData.url("data/ud/en_ewt/en_ewt-ud-train.conllu")
        let scratch = try ScratchDirectory(prefix: "dyad-train")
        defer { scratch.remove() }
        let dir = scratch.url
        let a = dir.appendingPathComponent("a.conllu"), b = dir.appendingPathComponent("b.conllu")
        let both = dir.appendingPathComponent("both.conllu")
        try Data(sentences(ewt, 0..<60).utf8).write(to: a)
        try Data(sentences(ewt, 60..<100).utf8).write(to: b)
        try Data((sentences(ewt, 0..<60) + sentences(ewt, 60..<100)).utf8).write(to: both)
        let two = dir.appendingPathComponent("two.dmod"), one = dir.appendingPathComponent("one.dmod")

        let r2 = try runDyad(["train", "tagger", "--train", a.path, "--train", b.path, "--epochs", "2", "--out", two.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(r2.stderr.contains("read 60 training sentences from \(a.path)"))
        #expect(r2.stderr.contains("read 40 training sentences from \(b.path)"))
        #expect(r2.stderr.contains("read 100 training and 0 dev sentences"))
        let r1 = try runDyad(["train", "tagger", "--train", both.path, "--epochs", "2", "--out", one.path])
        #expect(r1.status == 0, "\(r1.stderr)")
        #expect(try Data(contentsOf: two) == Data(contentsOf: one))
    }

    /// `--from` prunes a model already written, without training: a smaller file that still loads.
    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func fromPrunesAWrittenModel() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-train")
        defer { scratch.remove() }
        let dir = scratch.url
        let train = try ewtTrainingSlice(100, in: dir)
        let full = dir.appendingPathComponent("full.dmod"), small = dir.appendingPathComponent("small.dmod")
        #expect(try runDyad(["train", "tagger", "--train", train.path, "--epochs", "2", "--out", full.path]).status == 0)
        let r = try runDyad(["train", "tagger", "--from", full.path, "--prune", "0.5", "--out", small.path])
        #expect(r.status == 0, "\(r.stderr)")
        let fullSize = try Data(contentsOf: full).count, smallSize = try Data(contentsOf: small).count
        #expect(smallSize < fullSize)
        // The pruned model loads: pruning it again at the same threshold changes nothing.
        let again = dir.appendingPathComponent("again.dmod")
        #expect(try runDyad(["train", "tagger", "--from", small.path, "--prune", "0.5", "--out", again.path]).status == 0)
        #expect(try Data(contentsOf: again) == Data(contentsOf: small))
        #expect(try runDyad(["train", "tagger", "--from", full.path, "--out", again.path]).status == 2)
        #expect(try runDyad(["train", "tagger", "--from", full.path, "--train", train.path, "--prune", "1", "--out", again.path]).status == 2)
    }

    /// `--average` writes the mean of parsers trained alike and refuses one trained otherwise.
    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func averageWritesTheMeanParser() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-train")
        defer { scratch.remove() }
        let dir = scratch.url
        let train = try ewtTrainingSlice(60, in: dir)
        func parser(_ name: String, _ extra: [String]) throws -> String {
            let out = dir.appendingPathComponent(name).path
            let r = try runDyad(["train", "parser", "--train", train.path, "--jackknife", "0", "--epochs", "1",
                                 "--out", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return out
        }
        let a = try parser("a.dmod", ["--seed", "1"]), b = try parser("b.dmod", ["--seed", "2"])
        let rtl = try parser("rtl.dmod", ["--direction", "rtl"])
        let mean = dir.appendingPathComponent("mean.dmod").path
        let r = try runDyad(["train", "parser", "--average", a, b, "--prune", "0.25", "--out", mean])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("mean of 2 parsers"))
        // The mean of a parser with itself is the same file.
        let twice = dir.appendingPathComponent("twice.dmod").path
        #expect(try runDyad(["train", "parser", "--average", a, a, "--out", twice]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: twice)) == Data(contentsOf: URL(fileURLWithPath: a)))
        let odd = try runDyad(["train", "parser", "--average", a, rtl, "--out", mean])
        #expect(odd.status != 0)
        #expect(odd.stderr.contains(rtl) && odd.stderr.contains("direction"), "\(odd.stderr)")
        #expect(try runDyad(["train", "parser", "--average", a, "--out", mean]).status == 2)
        #expect(try runDyad(["train", "tagger", "--average", a, b, "--out", mean]).status == 2)
        #expect(try runDyad(["train", "parser", "--average", a, b, "--train", train.path, "--out", mean]).status == 2)
    }

    /// `--features suffixes` writes a parser of that feature set (format version 4), which parses
    /// from its file, and `--average` refuses to mix it with a parser of the word and tag set.
    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func featuresChoosesTheParserTemplates() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-train")
        defer { scratch.remove() }
        let dir = scratch.url
        let train = try ewtTrainingSlice(60, in: dir)
        let words = dir.appendingPathComponent("words.dmod").path
        let suffixes = dir.appendingPathComponent("suffixes.dmod").path
        for (out, extra) in [(words, [String]()), (suffixes, ["--features", "suffixes"])] {
            let r = try runDyad(["train", "parser", "--train", train.path, "--jackknife", "0", "--epochs", "1",
                                 "--out", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: words))[12] == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: suffixes))[12] == 4)
        let odd = try runDyad(["train", "parser", "--average", words, suffixes, "--out", dir.appendingPathComponent("mean.dmod").path])
        #expect(odd.status != 0)
        #expect(odd.stderr.contains("feature set"), "\(odd.stderr)")
        let bad = try runDyad(["train", "parser", "--train", train.path, "--features", "lemmas", "--out", words])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--features"))
    }

    @Test func trainWithoutATreebankIsAUsageError() throws {
        let r = try runDyad(["train", "tagger", "--out", "/dev/null"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--train"))
    }
}
