import DyadCore
import Foundation
import Testing
@testable import DyadText

@Suite(.enabled(if: SharedData.available, SharedData.skipReason))
struct TrainingTests {
    /// 300 training sentences and 100 held-out ones from EWT train.
    static func slice() throws -> (train: [CoNLLUSentence], held: [CoNLLUSentence]) {
        let all = try CoNLLUReader.parse(try leadingSentences(SharedData.ewtTrain, count: 400), file: "ewt-train")
        return (Array(all.prefix(300)), Array(all.suffix(100)))
    }

    @Test func taggerLearnsFromASmallSliceAndIsDeterministic() throws {
        let (train, held) = try Self.slice()
        var options = TaggerTrainer.Options()
        options.epochs = 5
        var reports: [TaggerTrainer.EpochReport] = []
        let a = TaggerTrainer(options: options).train(train, dev: held) { reports.append($0) }
        let b = TaggerTrainer(options: options).train(train, dev: held)
        #expect(reports.count == 5)
        #expect(a.serialized() == b.serialized())
        let dev = reports.compactMap(\.devUPOS).max() ?? 0
        #expect(dev > 0.75, "held-out UPOS \(dev)")
    }

    @Test func parserLearnsFromASmallSlice() throws {
        let (train, held) = try Self.slice()
        var options = ParserTrainer.Options()
        options.epochs = 4
        var reports: [ParserTrainer.EpochReport] = []
        let parser = ParserTrainer(options: options).train(train.map(ParserTrainer.Example.init),
                                                          dev: held.map(ParserTrainer.Example.init)) { reports.append($0) }
        #expect(reports.count == 4)
        let uas = reports.compactMap(\.devUAS).max() ?? 0
        #expect(uas > 0.55, "held-out UAS \(uas) with gold tags")
        // Every word gets a head inside the sentence, with exactly one root.
        for s in held {
            let r = parser.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos))
            #expect(r.heads.filter { $0 == -1 }.count == 1)
            #expect(r.heads.allSatisfy { $0 >= -1 && $0 < s.words.count })
        }
        let back = try DependencyParser(bytes: parser.serialized(), file: "p.dmod")
        let s = held[0]
        #expect(back.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos)).heads
            == parser.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos)).heads)
    }

    @Test func beamParserLearnsFromASmallSliceAndKeepsItsWidth() throws {
        let (train, held) = try Self.slice()
        var options = ParserTrainer.Options()
        options.epochs = 3
        options.beam = 4
        var reports: [ParserTrainer.EpochReport] = []
        var improvements = 0
        let parser = ParserTrainer(options: options).train(train.map(ParserTrainer.Example.init),
                                                          dev: held.map(ParserTrainer.Example.init),
                                                          progress: { reports.append($0) },
                                                          improved: { _ in improvements += 1 })
        #expect(reports.count == 3)
        #expect(improvements >= 1)
        #expect(parser.beamWidth == 4)
        let uas = reports.compactMap(\.devUAS).max() ?? 0
        #expect(uas > 0.55, "held-out UAS \(uas) with gold tags and beam 4")
        for s in held {
            let r = parser.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos))
            #expect(r.heads.filter { $0 == -1 }.count == 1)
            #expect(r.heads.allSatisfy { $0 >= -1 && $0 < s.words.count })
            #expect(r.heads.indices.allSatisfy { r.heads[$0] != $0 })
        }
        // The width travels with the model file (format version 2).
        let bytes = parser.serialized()
        #expect(bytes[12] == 2)
        let back = try DependencyParser(bytes: bytes, file: "p.dmod")
        #expect(back.beamWidth == 4)
        var future = bytes
        future[12] = 5
        #expect(throws: DyadError.self) { _ = try DependencyParser(bytes: future, file: "p.dmod") }
        do {
            _ = try DependencyParser(bytes: future, file: "p.dmod")
        } catch let DyadError.badData(_, _, reason) {
            #expect(reason.contains("version 5") && reason.contains("versions 1 to 4"))
        }
        #expect(throws: DyadError.self) { _ = try DependencyParser(bytes: Array(bytes.dropLast(9)), file: "p.dmod") }
        let s = held[1]
        #expect(back.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos)).heads
            == parser.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos)).heads)
    }

    @Test func beamOfOneIsTheGreedyParseAndGreedyModelsStayVersionOne() throws {
        let (train, held) = try Self.slice()
        var options = ParserTrainer.Options()
        options.epochs = 2
        var greedy = ParserTrainer(options: options).train(train.map(ParserTrainer.Example.init))
        #expect(greedy.serialized()[12] == 1)
        #expect(try DependencyParser(bytes: greedy.serialized(), file: "p.dmod").beamWidth == 1)
        var scratch: [UInt32] = []
        for s in held.prefix(30) {
            let f = ParserFeatures(words: s.words.map { WordAtoms($0.form, scratch: &scratch).word },
                                   tags: s.words.map { DependencyParser.tagAtom(upos: $0.upos, xpos: $0.xpos) })
            let a = greedy.parseGreedy(f), b = greedy.parseBeam(f, width: 1)
            #expect(a.heads == b.heads && a.labels == b.labels)
            // A wider beam still yields a tree: one root, no word its own head.
            let c = greedy.parseBeam(f, width: 8)
            #expect(c.heads.filter { $0 == -1 }.count == 1)
            #expect(c.heads.indices.allSatisfy { c.heads[$0] != $0 && c.heads[$0] < s.words.count })
        }
        greedy.beamWidth = 1000
        #expect(greedy.beamWidth == DependencyParser.maxBeamWidth)
    }

    @Test func rightToLeftParserLearnsAndKeepsItsDirection() throws {
        let (train, held) = try Self.slice()
        var options = ParserTrainer.Options()
        options.epochs = 3
        options.direction = .rightToLeft
        var reports: [ParserTrainer.EpochReport] = []
        let parser = ParserTrainer(options: options).train(train.map(ParserTrainer.Example.init),
                                                          dev: held.map(ParserTrainer.Example.init)) { reports.append($0) }
        #expect(parser.direction == .rightToLeft)
        // Scored on the held-out sentences in their own order, so the reversal is undone.
        let uas = reports.compactMap(\.devUAS).max() ?? 0
        #expect(uas > 0.55, "held-out UAS \(uas) with gold tags, right to left")
        var scratch: [UInt32] = []
        for s in held.prefix(30) {
            let w = s.words.map { WordAtoms($0.form, scratch: &scratch) }
            let t = s.words.map { DependencyParser.tagAtom(upos: $0.upos, xpos: $0.xpos) }
            // The tree is the reversed sentence's tree, read backwards.
            let r = parser.parse(words: w, tags: t)
            let reversed = parser.parse(ParserFeatures(words: w.map(\.word).reversed(), tags: t.reversed()))
            #expect(r.heads == DependencyParser.reversedHeads(reversed.heads))
            #expect(r.labels == reversed.labels.reversed())
            #expect(r.heads.filter { $0 == -1 }.count == 1)
            // Margins come with the same tree.
            let m = parser.parseWithMargins(words: w, tags: t)
            #expect(m.heads == r.heads && m.labels == r.labels)
            #expect(m.margins.allSatisfy { $0 >= 0 })
        }
        // The direction travels with the model file (format version 3).
        let bytes = parser.serialized()
        #expect(bytes[12] == 3)
        let back = try DependencyParser(bytes: bytes, file: "p.dmod")
        #expect(back.direction == .rightToLeft && back.beamWidth == 1)
        #expect(back.pruned(threshold: 1).direction == .rightToLeft)
        let s = held[2]
        #expect(back.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos)).heads
            == parser.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos)).heads)
    }

    @Test func jackknifeTagsEveryTrainingWord() throws {
        let (train, _) = try Self.slice()
        var options = TaggerTrainer.Options()
        options.epochs = 2
        let tagged = TaggerTrainer(options: options).jackknifed(Array(train.prefix(90)), folds: 3)
        #expect(tagged.count == 90)
        #expect(zip(tagged, train).allSatisfy { $0.words.count == $1.words.count })
    }
}
