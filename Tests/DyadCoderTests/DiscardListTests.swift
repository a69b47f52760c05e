import DyadCoder
import DyadCore
import DyadText
import Foundation
import Testing

/// Discard phrases: sentences and articles that are not coded.
@Suite struct DiscardListTests {
    static let list: DiscardList = {
        var l = DiscardList()
        _ = try! l.load(parsing: """
            # sports and history
            YEARS LATER
            +Premier_League   # a fixture
            +Asian Cup
            """, file: "news.discards", strict: true)
        return l
    }()

    static let coder: EventCoder = {
        var r = try! CodingResources.load()
        r.discards = list
        return EventCoder(resources: r, syntax: try! SyntacticAnalyzer.shipped())
    }()

    func coded(_ body: [String], title: String? = nil) -> CodedArticle {
        Self.coder.code(Article(id: "t", title: title, published: "2022-03-10", body: body, sourceFormat: "text"))
    }

    @Test func phrasesMatchWholeWordsInOrderWhateverTheCase() {
        #expect(Self.list.count == 3)
        #expect(Self.list.match(["years", "later", ","])?.reason == "sentence discard 'years later' (news:2)")
        #expect(Self.list.match(["the", "premier", "league"])?.wholeArticle == true)
        #expect(Self.list.match(["years", "earlier"]) == nil)
        #expect(Self.list.match(["later", "years"]) == nil)
        #expect(Self.list.match(["asian"]) == nil)
        // An article discard wins over a sentence discard met first.
        #expect(Self.list.match(["years", "later", "the", "asian", "cup"])?.wholeArticle == true)
    }

    @Test func aSentenceDiscardLeavesOnlyThatSentenceUncoded() {
        let c = coded(["Years later, Russia attacked Ukraine.", "Russia attacked Ukraine."])
        #expect(c.events.count == 1)
        #expect(c.events.first?.evidence.sentence == 1)
        #expect(c.sentences[0].discard == "sentence discard 'years later' (news:2)")
        #expect(c.sentences[1].discard == nil)
        #expect(c.discard == nil)
    }

    @Test func anArticleDiscardInTheTitleOrBodyLeavesTheArticleUncoded() {
        #expect(coded(["Russia attacked Ukraine."], title: "Asian Cup: Russia beat Ukraine").events.isEmpty)
        let c = coded(["Russia attacked Ukraine.", "It was a Premier League match."])
        #expect(c.events.isEmpty)
        #expect(c.discard == "article discard 'premier league' (news:3)")
        #expect(coded(["Russia attacked Ukraine."]).events.count == 1)
    }

    @Test func aDyadDiscardLineWithoutAPhraseIsAnErrorWithItsLine() {
        var l = DiscardList()
        #expect(throws: DyadError.badData(file: "bad.discards", line: 2, reason: "expected a phrase after '+'")) {
            try l.load(parsing: "BASEBALL\n+\n", file: "bad.discards", strict: true)
        }
        let report = try? l.load(parsing: "BASEBALL\n+  # nothing\n", file: "PETR.discards.txt", strict: false)
        #expect(report?.skipped == 1 && report?.read == 1)
    }
}
