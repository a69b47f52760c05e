import DyadCore
import Foundation
import Testing
@testable import DyadText

/// Averaging parsers' weights (`dyad train parser --average`).
@Suite(.enabled(if: SharedData.available, SharedData.skipReason))
struct ParserMeanTests {
    /// Two small parsers trained with different seeds on the same 120 sentences, read back from
    /// their files as `--average` reads them, and 40 held-out sentences.
    static func pair() throws -> (a: DependencyParser, b: DependencyParser, held: [CoNLLUSentence]) {
        let all = try CoNLLUReader.parse(try leadingSentences(SharedData.ewtTrain, count: 160), file: "ewt-train")
        let train = all.prefix(120).map(ParserTrainer.Example.init)
        func trained(seed: UInt64) throws -> DependencyParser {
            var options = ParserTrainer.Options()
            options.epochs = 2
            options.seed = seed
            let p = ParserTrainer(options: options).train(train)
            return try DependencyParser(bytes: p.serialized(), file: "seed\(seed).dmod")
        }
        return (try trained(seed: 1), try trained(seed: 2), Array(all.suffix(40)))
    }

    static func atoms(_ s: CoNLLUSentence) -> (words: [WordAtoms], tags: [UInt64]) {
        var scratch: [UInt32] = []
        return (s.words.map { WordAtoms($0.form, scratch: &scratch) },
                s.words.map { DependencyParser.tagAtom(upos: $0.upos, xpos: $0.xpos) })
    }

    /// The transition scores of `parser` at every state of `reference`'s greedy parse of `s`.
    static func scores(_ parser: DependencyParser, along reference: DependencyParser, _ s: CoNLLUSentence) -> [[Float]] {
        let (w, t) = atoms(s)
        let features = ParserFeatures(words: w.map(\.word), tags: t)
        var state = ParseState(count: s.words.count)
        var feats = [UInt64](repeating: 0, count: ParserFeatures.count)
        var out: [[Float]] = []
        while !state.isTerminal {
            feats.withUnsafeMutableBufferPointer { features.extract(state, into: $0.baseAddress!) }
            func score(_ p: DependencyParser) -> [Float] {
                var sc = [Float](repeating: 0, count: p.model.scoreCount)
                sc.withUnsafeMutableBufferPointer { b in
                    feats.withUnsafeBufferPointer { p.model.addScores($0, into: b.baseAddress!) }
                }
                return Array(sc.prefix(p.transitions.count))
            }
            out.append(score(parser))
            let r = score(reference)
            let best = r.withUnsafeBufferPointer { reference.transitions.best(state, scores: $0.baseAddress!) }
            reference.transitions.apply(best, to: &state)
        }
        return out
    }

    @Test func theMeanParserScoresTheMeanOfTheScores() throws {
        let (a, b, held) = try Self.pair()
        let mean = try DependencyParser.mean(of: [(a, "a.dmod"), (b, "b.dmod")])
        // The weights of either parser, those of a feature and class in both counted once.
        #expect(mean.size.weights <= a.size.weights + b.size.weights)
        #expect(mean.size.weights >= max(a.size.weights, b.size.weights) * 9 / 10)
        var compared = 0
        for s in held.prefix(10) {
            let sa = Self.scores(a, along: a, s), sb = Self.scores(b, along: a, s), sm = Self.scores(mean, along: a, s)
            for (x, (y, z)) in zip(sm, zip(sa, sb)) {
                for k in x.indices {
                    let expected = (y[k] + z[k]) / 2
                    #expect(abs(x[k] - expected) <= 1e-3 * max(1, abs(expected)), "class \(k): \(x[k]) against \(expected)")
                    compared += 1
                }
            }
        }
        #expect(compared > 1000)
        // Written and read back, the weights are half floats again (a relative error of at most
        // 2^-11 each, over some 96 features): the scores move by little.
        let back = try DependencyParser(bytes: mean.serialized(), file: "mean.dmod")
        #expect(back.size.weights == mean.size.weights)
        for s in held.prefix(3) {
            for (x, y) in zip(Self.scores(back, along: a, s), Self.scores(mean, along: a, s)) {
                for k in x.indices { #expect(abs(x[k] - y[k]) <= 0.05 + 0.01 * abs(y[k])) }
            }
        }
        // Pruning the mean drops its small weights.
        let pruned = try DependencyParser.mean(of: [(a, "a.dmod"), (b, "b.dmod")], threshold: 1)
        #expect(pruned.size.weights < mean.size.weights)
        #expect(pruned.model.entries.allSatisfy { abs($0.weight) > 1 })
    }

    @Test func aParserAveragedWithItselfParsesTheSame() throws {
        let (a, _, held) = try Self.pair()
        let twice = try DependencyParser.mean(of: [(a, "a.dmod"), (a, "a.dmod")])
        #expect(twice.size.weights == a.size.weights)
        // The same weights in the same slots: the same file.
        #expect(twice.serialized() == a.serialized())
        for s in held {
            let (w, t) = Self.atoms(s)
            let x = a.parse(words: w, tags: t), y = twice.parse(words: w, tags: t)
            #expect(x.heads == y.heads && x.labels == y.labels)
        }
    }

    @Test func mismatchedParsersAreRejectedNamingTheFile() throws {
        let (a, _, _) = try Self.pair()
        let all = try CoNLLUReader.parse(try leadingSentences(SharedData.ewtTrain, count: 160), file: "ewt-train")
        var options = ParserTrainer.Options()
        options.epochs = 1
        // Five sentences do not use every relation of 120.
        let few = ParserTrainer(options: options).train(all.prefix(5).map(ParserTrainer.Example.init))
        #expect(few.labels != a.labels)
        options.direction = .rightToLeft
        let rtl = ParserTrainer(options: options).train(all.prefix(120).map(ParserTrainer.Example.init))
        #expect(rtl.labels == a.labels)
        var wide = a
        wide.beamWidth = 4
        options.direction = .leftToRight
        options.features = .suffixes
        let suffixes = ParserTrainer(options: options).train(all.prefix(120).map(ParserTrainer.Example.init))
        #expect(suffixes.labels == a.labels)
        for (other, word) in [(few, "relation list"), (rtl, "direction"), (wide, "beam width"), (suffixes, "feature set")] {
            do {
                _ = try DependencyParser.mean(of: [(a, "first.dmod"), (a, "second.dmod"), (other, "odd.dmod")])
                Issue.record("\(word): not rejected")
            } catch let DyadError.badData(file, _, reason) {
                #expect(file == "odd.dmod")
                #expect(reason.contains(word) && reason.contains("first.dmod"), "\(reason)")
            }
        }
    }
}
