import DyadCore
import Foundation
import Testing
@testable import DyadText

/// The shipped models on a fixed sample (the first 500 sentences) of EWT dev, with gold
/// tokenization. Fails if accuracy falls below the committed baseline, measured when the models
/// were trained (see Sources/DyadText/Resources/models/README.md), minus half a point.
@Suite(.enabled(if: SharedData.available, SharedData.skipReason))
struct ParserShippedModelTests {
    static let baseline = (upos: 95.60, xpos: 95.20, lemma: 98.05, uas: 84.39, las: 81.54)

    @Test func shippedModelsKeepTheirAccuracyOnEWTDevSample() throws {
        let gold = try CoNLLUReader.parse(try leadingSentences(SharedData.ewtDev, count: 500), file: "ewt-dev")
        #expect(gold.count == 500)
        let e = try SyntacticAnalyzer.shipped().evaluate(gold)
        #expect(e.uposPercent >= Self.baseline.upos - 0.5, "UPOS \(e.uposPercent)")
        #expect(e.xposPercent >= Self.baseline.xpos - 0.5, "XPOS \(e.xposPercent)")
        #expect(e.lemmaPercent >= Self.baseline.lemma - 0.5, "lemma \(e.lemmaPercent)")
        #expect(e.uasPercent >= Self.baseline.uas - 0.5, "UAS \(e.uasPercent)")
        #expect(e.lasPercent >= Self.baseline.las - 0.5, "LAS \(e.lasPercent)")
    }

    @Test func shippedModelsAnalyseRawText() throws {
        let analyzer = try SyntacticAnalyzer.shipped()
        let sentences = SentenceSplitter().split(paragraphs: ["Russia imposed sanctions on Ukraine. The talks failed."])
        #expect(sentences.count == 2)
        let s = analyzer.analyze(sentences[0])
        let byText = Dictionary(uniqueKeysWithValues: s.tokens.enumerated().map { ($1.text, $0) })
        let verb = try #require(byText["imposed"])
        #expect(s.tokens[verb].upos == "VERB")
        #expect(s.tokens[verb].lemma == "impose")
        #expect(s.tokens[verb].head == -1 && s.tokens[verb].deprel == "root")
        #expect(s.tokens[try #require(byText["Russia"])].head == verb)
        #expect(s.tokens[try #require(byText["Russia"])].deprel == "nsubj")
        #expect(s.tokens[try #require(byText["sanctions"])].deprel == "obj")
    }

    @Test func namesTheCallerKnowsAreTaggedAsProperNouns() throws {
        let analyzer = try SyntacticAnalyzer.shipped()
        let s = SentenceSplitter().split(paragraphs: ["Beijing warned Washington against arms sales to Taiwan."])[0]
        let plain = analyzer.analyze(s)
        let known = analyzer.analyze(s, hints: [.properNoun, .none, .properNoun])
        #expect(known.tokens[0].upos == "PROPN" && known.tokens[0].xpos == "NNP")
        #expect(known.tokens[2].upos == "PROPN")
        // "warned" is the root with "Beijing" its subject.
        #expect(known.tokens[1].deprel == "root" && known.tokens[0].head == 1 && known.tokens[0].deprel == "nsubj")
        // Words not flagged keep what the tagger says of them in context.
        #expect(known.tokens[7].upos == plain.tokens[7].upos && known.tokens[3].upos == "ADP")
        // A form only a verb has is never read as a preposition.
        let froze = SentenceSplitter().split(paragraphs: ["Canada froze Russia's assets."])[0]
        let verb = analyzer.analyze(froze, hints: [.none, .verbForm])
        #expect(verb.tokens[1].upos == "VERB" && verb.tokens[1].deprel == "root")
        // A verb the caller knows to be in the past tense is VBD, here the sentence's root.
        let rallied = SentenceSplitter().split(paragraphs: ["Hundreds of protesters rallied outside the embassy."])[0]
        #expect(analyzer.analyze(rallied).tokens[3].xpos == "VBN")
        let past = analyzer.analyze(rallied, hints: [.none, .none, .none, .pastTense])
        #expect(past.tokens[3].xpos == "VBD" && past.tokens[3].deprel == "root" && past.tokens[0].head == 3)
    }

    @Test func modelsLoadAndAreSendable() async throws {
        let analyzer = try SyntacticAnalyzer.shipped()
        let s = SentenceSplitter().split(paragraphs: ["The minister met the ambassador."])[0]
        let expected = analyzer.analyze(s)
        let results = await withTaskGroup(of: Sentence.self) { group in
            for _ in 0..<4 { group.addTask { analyzer.analyze(s) } }
            var out: [Sentence] = []
            for await r in group { out.append(r) }
            return out
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
