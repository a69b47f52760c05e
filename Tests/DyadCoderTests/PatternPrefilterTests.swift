@testable import DyadCoder
import DyadText
import Foundation
import Testing

/// The test that passes over a pattern whose words are not in the sentence: it may let an
/// impossible pattern through (the full match then decides) but must never stop a possible one.
@Suite struct PatternPrefilterTests {
    static let text = """
        The European Union imposed fresh sanctions on Russian banks on Monday, and Moscow's envoy \
        said the Kremlin would respond to what it called an act of economic war - "unacceptable".
        """

    static var words: [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map { TextFold.fold(String($0)) }
    }

    @Test func aSentencesOwnWordsAreNeverSaidAbsent() {
        let signature = WordSignature(Self.words)
        for w in Self.words {
            #expect(signature.mayContain(WordSignature.hash(w)), "\(w)")
        }
    }

    @Test func mostOtherWordsAreSaidAbsent() {
        let signature = WordSignature(Self.words)
        let present = Set(Self.words)
        let others = (0..<2000).map { "word\($0)" } + ["embargo", "talks", "visit", "condemn", "troops", "ceasefire"]
        let falsePresent = others.filter { !present.contains($0) && signature.mayContain(WordSignature.hash($0)) }
        // About 30 words in 4,096 bits: roughly one absent word in 140 passes.
        #expect(falsePresent.count < 60, "\(falsePresent.count) of \(others.count) absent words said present")
    }

    @Test func aPatternNeedsOnlyItsWordsThatAreNotOptional() throws {
        var d = VerbPatternDictionary(inflection: try Inflection.standard())
        try d.load(parsing: """
            163.impose  163  impose sanction on +
            163.impose_maybe  163  impose (harsh) sanction on +
            172.impose_ban  172  impose ban on +
            042.visit  042  visit +
            """, file: "mine.verbs")
        let signature = WordSignature(Self.words)
        #expect(try #require(d.pattern(id: "163.impose")).mayMatchElements(in: signature))
        // "harsh" is not there, but may be left out.
        #expect(try #require(d.pattern(id: "163.impose_maybe")).mayMatchElements(in: signature))
        // "ban" is nowhere in the sentence.
        #expect(!(try #require(d.pattern(id: "172.impose_ban")).mayMatchElements(in: signature)))
        // A pattern of the target alone has no word to miss.
        #expect(try #require(d.pattern(id: "042.visit")).mayMatchElements(in: signature))
    }
}
