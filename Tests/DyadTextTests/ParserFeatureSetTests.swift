import DyadCore
import Foundation
import Testing
@testable import DyadText

/// Parser feature sets: the word and tag templates of model files of versions 1 to 3, and the
/// suffix templates, recorded in version 4 files.
@Suite(.enabled(if: SharedData.available, SharedData.skipReason))
struct ParserFeatureSetTests {
    static func slice() throws -> (train: [ParserTrainer.Example], held: [CoNLLUSentence]) {
        let all = try CoNLLUReader.parse(try leadingSentences(SharedData.ewtTrain, count: 160), file: "ewt-train")
        return (all.prefix(120).map(ParserTrainer.Example.init), Array(all.suffix(40)))
    }

    static func trained(_ set: ParserFeatureSet, _ train: [ParserTrainer.Example]) -> DependencyParser {
        var options = ParserTrainer.Options()
        options.epochs = 2
        options.features = set
        return ParserTrainer(options: options).train(train)
    }

    static func parses(_ p: DependencyParser, _ held: [CoNLLUSentence]) -> [[Int]] {
        held.map { s in
            let r = p.parse(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos))
            return r.heads + r.relations.map { p.labels.firstIndex(of: $0)! }
        }
    }

    @Test func wordAndTagParsersKeepTheirFormatAndTemplates() throws {
        let (train, held) = try Self.slice()
        let p = Self.trained(.wordsAndTags, train)
        let bytes = p.serialized()
        #expect(bytes[12] == 1)
        let back = try DependencyParser(bytes: bytes, file: "p.dmod")
        #expect(back.featureSet == .wordsAndTags)
        #expect(back.serialized() == bytes)
        // They score the 96 word and tag templates, as before feature sets existed.
        var scratch: [UInt32] = []
        for s in held {
            let w = s.words.map { WordAtoms($0.form, scratch: &scratch) }
            let t = s.words.map { DependencyParser.tagAtom(upos: $0.upos, xpos: $0.xpos) }
            let f = back.features(words: w, tags: t)
            #expect(f.count == 96 && f.suffixes.isEmpty)
            let old = back.parse(ParserFeatures(words: w.map(\.word), tags: t))
            let r = back.parse(words: w, tags: t)
            #expect(r.heads == old.heads && r.labels == old.labels)
        }
    }

    @Test func theShippedParserReadsAsTheWordAndTagSet() throws {
        let url = try #require(SyntacticAnalyzer.shippedModelsURL).appendingPathComponent(SyntacticAnalyzer.parserFile)
        let bytes = try ModelFile.read(url)
        let p = try DependencyParser(bytes: bytes, file: url.path)
        #expect(p.featureSet == .wordsAndTags)
        // Written back unchanged: still version 1, byte for byte.
        #expect(p.serialized() == bytes)
    }

    @Test func suffixParsersRoundTripAsVersionFour() throws {
        let (train, held) = try Self.slice()
        let p = Self.trained(.suffixes, train)
        #expect(p.featureSet == .suffixes)
        let bytes = p.serialized()
        #expect(bytes[12] == 4)
        let back = try DependencyParser(bytes: bytes, file: "p.dmod")
        #expect(back.featureSet == .suffixes && back.direction == .leftToRight && back.beamWidth == 1)
        #expect(back.serialized() == bytes)
        #expect(Self.parses(back, held) == Self.parses(p, held))
        #expect(back.pruned(threshold: 1).featureSet == .suffixes)
        // The extra templates carry weight: the suffix parser is not the word and tag one.
        #expect(Self.parses(p, held) != Self.parses(Self.trained(.wordsAndTags, train), held))
        var scratch: [UInt32] = []
        let s = held[0]
        let f = back.features(words: s.words.map { WordAtoms($0.form, scratch: &scratch) },
                              tags: s.words.map { DependencyParser.tagAtom(upos: $0.upos, xpos: $0.xpos) })
        #expect(f.count == 106 && f.suffixes.count == s.words.count + 2)
        // Through the analyzer too, whose word atoms are shared with the tagger.
        let shipped = try SyntacticAnalyzer.shipped()
        let analyzer = SyntacticAnalyzer(tagger: shipped.tagger, lemmatizer: shipped.lemmatizer, parser: back)
        let words = s.words.map(\.form)
        let r = analyzer.tagAndParse(words)
        let upos = r.classes.map { shipped.tagger.upos[$0] }, xpos = r.classes.map { shipped.tagger.xpos[$0] }
        #expect(r.heads == back.parse(words: words, upos: upos, xpos: xpos).heads)
    }

    @Test func anUnknownFeatureSetIsRefused() throws {
        let (train, _) = try Self.slice()
        let p = Self.trained(.suffixes, train)
        var w = ModelWriter()
        w.strings(p.labels)
        w.u32(1)
        w.u32(0)
        w.u32(9)
        w.linearModel(p.model)
        let bytes = ModelFile.encode(kind: DependencyParser.kind, version: 4, payload: w)
        do {
            _ = try DependencyParser(bytes: bytes, file: "future.dmod")
            Issue.record("feature set 9 accepted")
        } catch let DyadError.badData(file, _, reason) {
            #expect(file == "future.dmod")
            #expect(reason.contains("feature set 9"), "\(reason)")
        }
        #expect(ParserFeatureSet(name: "suffixes") == .suffixes && ParserFeatureSet(name: "words") == .wordsAndTags)
        #expect(ParserFeatureSet(name: "lemmas") == nil)
    }
}
